/**
 * Issue 11, teacher-written decks: who may read, review, edit, save and preview a deck, and
 * hostile Markdown rendered inert — through the real server actions (runAsUser) and lib/db.
 */
// First: it installs Next's AsyncLocalStorage before any module of Next's server loads.
import { actionRequest, inRequestScope } from '@/tests/fuzz/next-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewDeckAction, publishDeckAction, saveDeckAction } from '@/app/(app)/decks/actions';
import { answerCard } from '@/app/(app)/review/actions';
import { runAsUser as runAs } from '@/lib/auth/session';
import { renderMarkdown } from '@/lib/content/render';
import { db } from './client';
import { todayNumbers } from './counts';
import { getDeck, getDecks, getNote } from './decks';
import { visibleDeckIds } from './deck-access';
import { getOwnedDeckSource, ownedCardId } from './owned-decks';
import { quizSources } from './quiz-sources';
import { quizCards } from './quizzes';
import { loadReviewQueue, reviewItems } from './review-queue';
import { answerInput, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { setRole } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const HOSTILE = [
  '# Hostile',
  '',
  'Script?::<script>alert(1)</script>ok ^script',
  '',
  'Image?::<img src=x onerror="alert(2)"> ^img',
  '',
  'Link?::[click](javascript:alert(3)) ^link',
  '',
  'Svg?::<svg onload="alert(4)"><script>alert(5)</script></svg> ^svg',
  '',
  '<iframe src="https://evil.example"></iframe>',
  '',
  'Frame?::<iframe src="javascript:alert(6)"></iframe>x ^frame',
  '',
].join('\n');
// Markup that could run script. (A script's text may survive as inert text: `<p>alert(5)</p>`.)
const BAD = /<script|<img|<svg|<iframe|\son\w+=|javascript:/i;

/** An action call as the server runs it (revalidatePath needs the request's stores). */
const runAsUser = async <T>(userId: string | null, fn: () => Promise<T>): Promise<T> =>
  (await inRequestScope(actionRequest('/decks'), '/decks', true, () => runAs(userId, fn))).value;

async function teacher() {
  const u = await seedLearner();
  await setRole(u.id, 'teacher');
  return u;
}

describe(`teacher decks: access and sanitization on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('renders hostile Markdown exactly as built-in content is rendered, with none of it left', async () => {
    const owner = await teacher();
    const saved = await runAsUser(owner.id, () => saveDeckAction({ markdown: HOSTILE }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const learner = await seedLearner();
    await db().deck.update({ where: { id: saved.data.deckId }, data: { publishedAt: new Date() } });
    const queue = await loadReviewQueue(learner, saved.data.deckId);
    const items = await reviewItems(queue!, queue!.entries);
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item.frontHtml + item.backHtml).not.toMatch(BAD);
      const card = await db().card.findUniqueOrThrow({ where: { id: item.cardId } });
      // The same renderer and sanitizer as content/: byte-for-byte the built-in output.
      expect(item.backHtml).toBe(renderMarkdown(card.back));
    }
    expect(items.find((i) => i.cardId.endsWith(':link'))?.backHtml).toContain('click');
    const preview = await runAsUser(owner.id, () => previewDeckAction({ markdown: HOSTILE }));
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(JSON.stringify(preview.data.cards)).not.toMatch(BAD);
    const deck = await getDeck(saved.data.deckId, learner.id);
    expect(deck?.cards).toHaveLength(5);
  });

  it('lets the owner, current class members and (once published) everyone read; nobody else', async () => {
    const [owner, other] = [await teacher(), await teacher()];
    const [member, outsider, leaver] = [await seedLearner(), await seedLearner(), await seedLearner()];
    const saved = await runAsUser(owner.id, () => saveDeckAction({ markdown: '# Mine\n\nQ1::A1 ^q1\n\nQ2::A2 ^q2\n' }));
    if (!saved.ok) throw new Error('save failed');
    const { deckId } = saved.data;
    const cls = await db().class.create({ data: { name: 'C', joinCode: `JOIN${deckId}`, teacherId: owner.id } });
    await db().classMember.create({ data: { classId: cls.id, userId: member.id } });
    await db().classMember.create({ data: { classId: cls.id, userId: leaver.id, leftAt: new Date() } });

    const sees = async (userId: string) => (await visibleDeckIds(userId)).includes(deckId);
    expect(await sees(owner.id)).toBe(true);
    expect(await sees(member.id)).toBe(true);
    for (const u of [other, outsider, leaver]) {
      expect(await sees(u.id)).toBe(false);
      expect(await getDeck(deckId, u.id)).toBeNull();
      expect(await getNote(`deck:${deckId}`, u.id)).toBeNull();
      expect((await getDecks(u.id)).map((d) => d.id)).not.toContain(deckId);
      expect(await loadReviewQueue(u, deckId)).toBeNull();
      expect((await quizCards(u.id)).some((c) => c.id.startsWith(`${deckId}:`))).toBe(false);
      expect((await quizSources(u.id)).decks.map((d) => d.id)).not.toContain(deckId);
      // Answering a card of a deck one cannot see finds nothing, and writes nothing.
      const out = await runAsUser(u.id, () => answerCard(answerInput(ownedCardId(deckId, 'q1'), 4, `deny-${u.id}`)));
      expect(out).toEqual({ ok: false, error: 'not_found' });
    }
    expect(await db().review.count({ where: { cardId: ownedCardId(deckId, 'q1') } })).toBe(0);
    expect((await getNote(`deck:${deckId}`, member.id))?.cards).toHaveLength(2);

    // Another teacher can neither open the editor's source, save, preview as owner, nor publish.
    expect(await getOwnedDeckSource(other.id, deckId)).toBeNull();
    expect(await runAsUser(other.id, () => saveDeckAction({ deckId, markdown: 'X::Y\n' }))).toEqual({ ok: false, error: 'not_found' });
    expect(await runAsUser(other.id, () => previewDeckAction({ deckId, markdown: 'X::Y\n' }))).toEqual({ ok: false, error: 'not_found' });
    expect(await runAsUser(other.id, () => publishDeckAction({ deckId, published: true }))).toEqual({ ok: false, error: 'not_found' });
    // A learner is refused by role before anything is looked up.
    expect(await runAsUser(member.id, () => saveDeckAction({ deckId, markdown: 'X::Y\n' }))).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await runAsUser(null, () => previewDeckAction({ markdown: 'X::Y\n' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await db().deckVersion.count({ where: { deckId } })).toBe(1);

    const published = await runAsUser(owner.id, () => publishDeckAction({ deckId, published: true }));
    expect(published).toEqual({ ok: true, data: { published: true } });
    for (const u of [other, outsider, leaver]) expect(await getDeck(deckId, u.id)).not.toBeNull();
    const ok = await runAsUser(outsider.id, () => answerCard(answerInput(ownedCardId(deckId, 'q1'), 4, `ok-${outsider.id}`)));
    expect(ok.ok).toBe(true);
    await runAsUser(owner.id, () => publishDeckAction({ deckId, published: false }));
    expect(await getDeck(deckId, outsider.id)).toBeNull();
  });

  it('the whole-collection queue takes built-in, own and assigned decks, never published-only ones', async () => {
    const owner = await teacher();
    const [member, stranger] = [await seedLearner(), await seedLearner()];
    await seedDeck(`builtin-${owner.id}`, 1);
    const save = async (md: string) => {
      const r = await runAsUser(owner.id, () => saveDeckAction({ markdown: md }));
      if (!r.ok) throw new Error('save failed');
      return r.data.deckId;
    };
    const assigned = await save('Assigned?::yes ^as\n');
    const published = await save('Published?::yes ^pub\n');
    await runAsUser(owner.id, () => publishDeckAction({ deckId: published, published: true }));
    const cls = await db().class.create({ data: { name: 'C', joinCode: `Q${assigned}`, teacherId: owner.id } });
    await db().classMember.create({ data: { classId: cls.id, userId: member.id } });
    const now = new Date();
    await db().assignment.create({
      data: { classId: cls.id, kind: 'deck', deckId: assigned, startsAt: now, dueAt: new Date(now.getTime() + 7 * 86_400_000) },
    });
    const queued = async (u: Awaited<ReturnType<typeof seedLearner>>) => (await loadReviewQueue(u))!.entries.map((e) => e.cardId);
    expect(await queued(member)).toContain(ownedCardId(assigned, 'as'));
    expect(await queued(member)).not.toContain(ownedCardId(published, 'pub'));
    expect(await queued(stranger)).not.toContain(ownedCardId(assigned, 'as'));
    expect(await queued(stranger)).not.toContain(ownedCardId(published, 'pub'));
    expect(await queued(owner)).toEqual(expect.arrayContaining([ownedCardId(assigned, 'as'), ownedCardId(published, 'pub')]));
    // Published decks are reviewable from their own page.
    expect((await loadReviewQueue(stranger, published))!.entries.map((e) => e.cardId)).toEqual([ownedCardId(published, 'pub')]);
    // Today's deck table counts the same decks as the queue.
    const today = await todayNumbers(member);
    expect(today.decks.map((d) => d.deckId)).toContain(assigned);
    expect(today.decks.map((d) => d.deckId)).not.toContain(published);
    // Leaving the class takes the assigned deck out of the learner's queue.
    await db().classMember.update({ where: { classId_userId: { classId: cls.id, userId: member.id } }, data: { leftAt: new Date() } });
    expect(await queued(member)).not.toContain(ownedCardId(assigned, 'as'));
  });

  it('refuses a save with errors and changes nothing', async () => {
    const owner = await teacher();
    const first = await runAsUser(owner.id, () => saveDeckAction({ markdown: 'Q::A ^a\n' }));
    if (!first.ok) throw new Error('save failed');
    const bad = '# T\n\nQ::A ^a\n\n```predict\nid: p1\nexperiment: nope\nquestion: Which?\n```\n';
    const out = await runAsUser(owner.id, () => saveDeckAction({ deckId: first.data.deckId, markdown: bad }));
    expect(out.ok).toBe(false);
    if (!out.ok && out.error === 'content') expect(out.diagnostics[0]).toMatchObject({ severity: 'error', line: 7 });
    else throw new Error(`expected a content error, got ${JSON.stringify(out)}`);
    expect(await db().deckVersion.count({ where: { deckId: first.data.deckId } })).toBe(1);
    expect(await db().card.count({ where: { topic: `deck:${first.data.deckId}` } })).toBe(1);
  });
});
