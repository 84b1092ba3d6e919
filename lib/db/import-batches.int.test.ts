import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { apkg18 } from '@/tests/fixtures/anki/build';
import { CRT, fixtureCollection, NOW } from '@/tests/fixtures/anki/collection';
import { MAX_DECK_CHARS } from '@/lib/content/deck-source';
import { writeApkg, writeCollection11 } from '@/lib/import/anki-write';
import { loadSqlJs } from '@/lib/import/sqljs';
import { db } from './client';
import { INTERRUPTED_MESSAGE, STALE_AFTER_MS } from './import-jobs';
import {
  getImportJob,
  getUnfinishedImportJob,
  interruptOrphanedImports,
  runAnkiImport,
  startImportJob,
  type ImportOptions,
} from './imports';
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

  it('an interrupted job ends as interrupted; importing the file again completes it with no duplicates', async () => {
    const bytes = apkg18(SQL);
    const clean = await learner();
    expect((await importAnki(clean.id, bytes))?.status).toBe('done');

    const user = await learner();
    const jobId = await startImportJob(user.id, 'anki', 'deck.apkg');
    // The server dies after batch 1 of 3 has committed: the import never goes on.
    await new Promise<void>((stopped) => {
      void runAnkiImport(user.id, jobId, bytes, {
        now: NOW,
        onBatch: (done) => (done === 1 ? new Promise<void>(() => stopped()) : undefined),
      });
    });
    expect(await getImportJob(user.id, jobId)).toMatchObject({ status: 'running', done: 1, total: 3 });
    const later = new Date(Date.now() + STALE_AFTER_MS + 1000);
    const interrupted = { id: jobId, status: 'failed', errorCode: 'interrupted', error: INTERRUPTED_MESSAGE };
    expect(await getImportJob(user.id, jobId, later)).toMatchObject(interrupted);
    expect(await getUnfinishedImportJob(user.id, later)).toMatchObject(interrupted);
    expect((await holdings(user.id)).decks).toEqual(['Deep Learning::CNN::Pooling']);

    const again = await importAnki(user.id, bytes);
    expect(again).toMatchObject({ status: 'done', done: 3, total: 3 });
    expect(await holdings(user.id)).toEqual(await holdings(clean.id));
    expect(await getUnfinishedImportJob(user.id)).toBeNull();
  });

  it('at the start of an embedded server every running job is an orphan', async () => {
    const user = await learner();
    const jobId = await startImportJob(user.id, 'anki', 'deck.apkg');
    expect(await interruptOrphanedImports()).toBeGreaterThanOrEqual(1);
    expect(await getImportJob(user.id, jobId)).toMatchObject({ status: 'failed', errorCode: 'interrupted' });
  });

  it('images do not count towards the deck size limit; a deck whose text is too long is named in the report', async () => {
    const user = await learner();
    const col = fixtureCollection();
    const big = (seed: number) => Uint8Array.from({ length: 100 * 1024 }, (_, i) => (i * 7919 + seed * 104729) % 251);
    const media = new Map([0, 1, 2].map((i) => [`big${i}.png`, big(i)]));
    col.notes.push({
      id: 7,
      guid: 'g@Images7',
      mid: 1001,
      tags: [],
      fields: ['<img src="big0.png"><img src="big1.png"> Which?', '<img src="big2.png">'],
    });
    col.cards.push({ ...col.cards[5]!, id: 701, nid: 7 }); // the Default deck
    col.decks.set(3001, ['Long']);
    col.notes.push({ id: 8, guid: 'g@Long8', mid: 1001, tags: [], fields: ['Long question', 'x'.repeat(MAX_DECK_CHARS)] });
    col.cards.push({ ...col.cards[5]!, id: 801, nid: 8, did: 3001 });
    const job = await importAnki(user.id, writeApkg(writeCollection11(SQL, col), media));
    expect(job?.status).toBe('done');
    expect(job?.report?.decks.map((d) => d.title)).toEqual(['Deep Learning::CNN::Pooling', 'Default', 'Deep Learning::Maths']);
    expect(job?.report?.media).toBe(3);
    const card = await db().card.findFirstOrThrow({
      where: { front: { contains: 'Which?' }, decks: { some: { deck: { ownerId: user.id } } } },
    });
    expect(card.front.match(/data:image\/png;base64,/g)).toHaveLength(2);
    expect(card.front.length).toBeGreaterThan(2 * 100 * 1024);
    expect(job?.report?.skipped).toContainEqual(
      expect.objectContaining({
        kind: 'deck',
        code: 'deck-too-large',
        examples: ['Long'],
        reason: expect.stringMatching(/limit of 200 000 characters of text per deck/),
      }),
    );
  });
});
