import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from './client';
import { getOwnedDeckSource, ownedCardId, restoreDeckVersion, saveOwnedDeck } from './owned-decks';
import { recordAnswer } from './reviews';
import { answerInput, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

/**
 * Restoring an older deck version saves its source as a new version: the card ids of that
 * source come back (archived cards restored with their learners' state), nothing is deleted,
 * the deck keeps its titles, and only the owner may do it.
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const teacher = async () => (await createUser({ email: `t${Math.random()}@example.com`, passwordHash: 'x', role: 'teacher' }))!;
const V1 = '# Pooling\n\nMax pooling keeps?::the maximum ^max\n\nAverage pooling keeps?::the mean ^avg\n';

describe(`restoring a deck version on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('saves the old source as a new version, bringing back its cards with their scheduling state', async () => {
    const owner = await teacher();
    const v1 = await saveOwnedDeck({ ownerId: owner.id, markdown: V1, titleZh: '池化', titleEn: 'Pooling' });
    if (!v1.ok) throw new Error('not saved');
    const max = ownedCardId(v1.deckId, 'max');
    const avg = ownedCardId(v1.deckId, 'avg');
    const learner = await seedLearner();
    await db().deck.update({ where: { id: v1.deckId }, data: { publishedAt: new Date() } });
    expect((await recordAnswer(learner, answerInput(avg, 4, 'restore-avg'))).kind).toBe('ok');
    const state = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: avg } } });

    // Version 2 drops the average-pooling card (archived) and rewords the other.
    const v2 = await saveOwnedDeck({
      ownerId: owner.id,
      deckId: v1.deckId,
      markdown: '# Pooling\n\nMax pooling keeps?::the largest value ^max\n',
      titleZh: '池化层',
      titleEn: 'Pooling layers',
    });
    expect(v2.ok && v2.cards).toMatchObject({ archived: 1, active: 1 });

    const r = await restoreDeckVersion(owner.id, v1.deckId, 1);
    expect(r).toMatchObject({ ok: true, version: 3, from: 1, markdown: v1.markdown });
    expect(r.ok && r.cards).toMatchObject({ restored: 1, updated: 1, archived: 0, active: 2 });
    const cards = await db().card.findMany({ where: { id: { in: [max, avg] } }, select: { id: true, back: true, archivedAt: true } });
    expect(cards.map((c) => [c.id, c.back, c.archivedAt])).toEqual(
      expect.arrayContaining([
        [max, 'the maximum', null],
        [avg, 'the mean', null],
      ]),
    );
    // The learner's state and review of the restored card are untouched.
    expect(await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: avg } } })).toEqual(state);
    expect(await db().review.count({ where: { userId: learner.id, cardId: avg } })).toBe(1);
    // Every version stays; the deck keeps its current titles (not version 1's heading).
    const source = await getOwnedDeckSource(owner.id, v1.deckId);
    expect(source?.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(source?.title).toEqual({ zh: '池化层', en: 'Pooling layers' });
  });

  it('is not_found for another teacher, an unknown version or a built-in deck, and changes nothing', async () => {
    const owner = await teacher();
    const other = await teacher();
    const v1 = await saveOwnedDeck({ ownerId: owner.id, markdown: V1 });
    if (!v1.ok) throw new Error('not saved');
    expect(await restoreDeckVersion(other.id, v1.deckId, 1)).toMatchObject({ ok: false, error: 'not_found' });
    expect(await restoreDeckVersion(owner.id, v1.deckId, 7)).toMatchObject({ ok: false, error: 'not_found' });
    await db().deck.create({ data: { id: 'builtin-x', titleZh: 'x', titleEn: 'x', descriptionZh: '', descriptionEn: '', position: 1 } });
    expect(await restoreDeckVersion(owner.id, 'builtin-x', 1)).toMatchObject({ ok: false, error: 'not_found' });
    expect(await db().deckVersion.count({ where: { deckId: v1.deckId } })).toBe(1);
  });

  it('refuses an old source that no longer passes the content check, and writes nothing', async () => {
    const owner = await teacher();
    const v1 = await saveOwnedDeck({ ownerId: owner.id, markdown: V1 });
    if (!v1.ok) throw new Error('not saved');
    // As if a check had become stricter since: version 1's stored text is now an error.
    await db().deckVersion.update({
      where: { deckId_version: { deckId: v1.deckId, version: 1 } },
      data: { markdown: 'Empty answer::\n' },
    });
    expect(await restoreDeckVersion(owner.id, v1.deckId, 1)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db().deckVersion.count({ where: { deckId: v1.deckId } })).toBe(1);
  });
});
