import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { apkg18 } from '@/tests/fixtures/anki/build';
import { CRT, fixtureCollection, NOW } from '@/tests/fixtures/anki/collection';
import { loadSqlJs } from '@/lib/import/sqljs';
import { db } from './client';
import { runAnkiImport, startImportJob, type ImportOptions } from './imports';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

let t: TestDb;
let SQL: SqlJsStatic;
beforeAll(async () => {
  t = await createTestDb();
  SQL = await loadSqlJs();
});
afterAll(async () => t.close());

const learner = async () => (await createUser({ email: `l${Math.random()}@example.com`, passwordHash: 'x' }))!;
const importAnki = async (userId: string, bytes: Uint8Array, options: ImportOptions = {}) =>
  runAnkiImport(userId, await startImportJob(userId, 'anki', 'deck.apkg'), bytes, { now: NOW, ...options });
/** What a user holds: deck titles, cards, states and reviews. */
async function holdings(userId: string) {
  const decks = await db().deck.findMany({ where: { ownerId: userId }, select: { titleEn: true }, orderBy: { titleEn: 'asc' } });
  return {
    decks: decks.map((d) => d.titleEn),
    cards: await db().deckCard.count({ where: { deck: { ownerId: userId } } }),
    states: await db().cardState.count({ where: { userId } }),
    reviews: await db().review.count({ where: { userId } }),
  };
}
/** Owned-deck notes and cards whose deck does not exist: what a half-written batch would leave. */
async function orphans() {
  const topics = (await db().deck.findMany({ select: { id: true } })).map((d) => `deck:${d.id}`);
  const where = { topic: { startsWith: 'deck:', notIn: topics } };
  return { notes: await db().note.count({ where }), cards: await db().card.count({ where }) };
}
const at = (day: number) => (CRT + day * 86_400) * 1000;

describe(`import batches on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('a batch that fails after its deck is written leaves nothing of itself; the job fails and names the deck', async () => {
    const user = await learner();
    const col = fixtureCollection();
    // A damaged revlog row in the last deck: its previous interval does not fit the review's integer column,
    // so the batch fails at its reviews, after its deck, note, cards and states were written.
    col.revlog.push({ id: at(45), cid: 501, ease: 3, ivl: 20, lastIvl: 2 ** 31, factor: 1100, time: 1000, type: 1 });
    const job = await importAnki(user.id, apkg18(SQL, col));
    expect(job).toMatchObject({ status: 'failed', errorCode: 'batch-failed', done: 2, total: 3 });
    expect(job?.error).toMatch(
      /^The deck “Deep Learning::Maths” \(3 of 3\) could not be saved, and nothing of it was written: .+\. The 2 decks before it were imported and are kept/,
    );
    // The first two decks are whole; of the third there is no deck, note, card, state, review or key.
    expect(await holdings(user.id)).toEqual({ decks: ['Deep Learning::CNN::Pooling', 'Default'], cards: 6, states: 4, reviews: 6 });
    expect(await orphans()).toEqual({ notes: 0, cards: 0 });
    expect(await db().importedDeck.count({ where: { userId: user.id } })).toBe(2);
  });
});
