import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { syncContent } from './content-sync';
import { db } from './client';
import { getOwnedDeckSource, ownedCardId, saveOwnedDeck } from './owned-decks';
import { recordAnswer } from './reviews';
import { answerInput, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const V1 =
  '# Pooling\n\nMax pooling keeps?::the maximum ^max\n\nAverage pooling keeps?::the mean ^avg\n\nA {{c1::stride}} of 2 halves the size.\n';
const teacher = async () => (await createUser({ email: `t${Math.random()}@example.com`, passwordHash: 'x', role: 'teacher' }))!;

describe(`owned decks on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('refuses a deck with errors and writes nothing', async () => {
    const owner = await teacher();
    const r = await saveOwnedDeck({ ownerId: owner.id, markdown: '```predict\nid: p\nexperiment: no-such-experiment\nquestion: q\n```\n' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.find((d) => d.severity === 'error')?.message).toMatch(/unknown experiment/);
    expect(await db().deck.count({ where: { ownerId: owner.id } })).toBe(0);
  });

  it('keeps scheduling state across versions, archives removed cards with their reviews, restores re-added ones', async () => {
    const owner = await teacher();
    const v1 = await saveOwnedDeck({ ownerId: owner.id, markdown: V1 });
    expect(v1.ok).toBe(true);
    if (!v1.ok) return;
    expect(v1.version).toBe(1);
    expect(v1.cards.added).toBe(3);
    // The cloze had no anchor: the saved source has the derived one written in.
    const clozeAnchor = /\^(deck-[0-9a-f]{6})/.exec(v1.markdown)?.[1];
    expect(clozeAnchor).toBeDefined();
    const max = ownedCardId(v1.deckId, 'max');
    const avg = ownedCardId(v1.deckId, 'avg');

    // A learner of the owner's class: a private deck is readable by its teacher's current members.
    const learner = await seedLearner();
    const cls = await db().class.create({
      data: { name: 'C', joinCode: `C${Date.now().toString(36).toUpperCase()}`, teacherId: owner.id },
    });
    await db().classMember.create({ data: { classId: cls.id, userId: learner.id } });
    const ans = await recordAnswer(learner, answerInput(max, 4, 'k1'));
    expect(ans.kind).toBe('ok');
    await recordAnswer(learner, answerInput(avg, 2, 'k2'));
    const before = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: max } } });

    const v2src =
      v1.markdown.replace('the maximum', 'the largest value').replace(/\nAverage pooling keeps\?::the mean \^avg\n/, '\n') +
      '\nDropout at eval?::off ^drop\n';
    const v2 = await saveOwnedDeck({ ownerId: owner.id, deckId: v1.deckId, markdown: v2src });
    expect(v2.ok && v2.version).toBe(2);
    expect(v2.ok && v2.cards).toMatchObject({ added: 1, archived: 1, active: 3 });
    // The edited card and the cloze (moved up two lines) are updated in place.
    expect(v2.ok && v2.cards.updated).toBe(2);

    const after = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: max } } });
    expect(after).toMatchObject({ interval: before.interval, due: before.due, version: before.version });
    expect((await db().card.findUniqueOrThrow({ where: { id: max } })).back).toBe('the largest value');
    const removed = await db().card.findUniqueOrThrow({ where: { id: avg } });
    expect(removed.archivedAt).not.toBeNull();
    expect(await db().review.count({ where: { cardId: avg } })).toBe(1);
    expect(await db().deckCard.count({ where: { deckId: v1.deckId, cardId: avg } })).toBe(0);
    const added = ownedCardId(v1.deckId, 'drop');
    expect(await db().cardState.count({ where: { cardId: added } })).toBe(0);

    const v3 = await saveOwnedDeck({ ownerId: owner.id, deckId: v1.deckId, markdown: v1.markdown });
    expect(v3.ok && v3.cards).toMatchObject({ restored: 1, archived: 1 });
    expect((await db().card.findUniqueOrThrow({ where: { id: avg } })).archivedAt).toBeNull();
    const src = await getOwnedDeckSource(owner.id, v1.deckId, 1);
    expect(src?.markdown).toBe(v1.markdown);
    expect(src?.versions.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('namespaces card ids: two decks with the same anchors never share a card', async () => {
    const [a, b] = [await teacher(), await teacher()];
    const da = await saveOwnedDeck({ ownerId: a.id, markdown: 'Q::A ^same\n' });
    const dbk = await saveOwnedDeck({ ownerId: b.id, markdown: 'Q::B ^same\n' });
    if (!da.ok || !dbk.ok) throw new Error('save failed');
    expect(da.deckId).not.toBe(dbk.deckId);
    expect((await db().card.findUniqueOrThrow({ where: { id: ownedCardId(da.deckId, 'same') } })).back).toBe('A');
    expect((await db().card.findUniqueOrThrow({ where: { id: ownedCardId(dbk.deckId, 'same') } })).back).toBe('B');
    // Another teacher cannot save into it.
    expect(await saveOwnedDeck({ ownerId: b.id, deckId: da.deckId, markdown: 'X::Y\n' })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('content sync leaves owned decks, notes and cards alone', async () => {
    const owner = await teacher();
    const d = await saveOwnedDeck({ ownerId: owner.id, markdown: 'Kept?::yes ^kept\n' });
    if (!d.ok) throw new Error('save failed');
    const content = buildContent({
      notes: [{ path: 'content/notes/pooling.md', text: 'Q?::A ^pq\n' }],
      decks: {
        path: 'content/decks.yaml',
        text: 'decks:\n  - id: all\n    title: { zh: 全部, en: All }\n    description: { zh: 全部, en: All }\n    notes: all\n',
      },
    });
    const r = await syncContent(content);
    expect(r.cards.archived).not.toContain(ownedCardId(d.deckId, 'kept'));
    expect(r.decks.archived).not.toContain(d.deckId);
    expect((await db().deck.findUniqueOrThrow({ where: { id: d.deckId } })).archivedAt).toBeNull();
    expect((await db().card.findUniqueOrThrow({ where: { id: ownedCardId(d.deckId, 'kept') } })).archivedAt).toBeNull();
    expect(await db().deckCard.count({ where: { deckId: d.deckId } })).toBe(1);
  });
});
