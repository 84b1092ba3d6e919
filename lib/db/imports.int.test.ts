import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { apkg11, apkg18, zipBomb } from '@/tests/fixtures/anki/build';
import { NOW } from '@/tests/fixtures/anki/collection';
import { anchorFor } from '@/lib/import/anki-map';
import { DEFAULT_LIMITS } from '@/lib/import/limits';
import { loadSqlJs } from '@/lib/import/sqljs';
import { db } from './client';
import { visibleDeckIds } from './deck-access';
import { exportDeckApkg, exportDeckMarkdown, exportMyData } from './exports';
import { runAnkiImport, runObsidianImport, startImportJob } from './imports';
import { ownedCardId } from './owned-decks';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const learner = async () => (await createUser({ email: `l${Math.random()}@example.com`, passwordHash: 'x' }))!;
const importAnki = async (userId: string, bytes: Uint8Array, limits = DEFAULT_LIMITS) =>
  runAnkiImport(userId, await startImportJob(userId, 'anki', 'deck.apkg'), bytes, { now: NOW, limits });
const deckOf = async (userId: string, title: string) =>
  (await db().deck.findFirstOrThrow({ where: { ownerId: userId, titleEn: title } })).id;

describe(`Anki and Obsidian import on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it.each([
    ['schema 11', apkg11],
    ['schema 18', apkg18],
  ])('imports a %s package into private decks with schedules and review history', async (_, build) => {
    const user = await learner();
    const job = await importAnki(user.id, build(await loadSqlJs()));
    expect(job?.status).toBe('done');
    expect(job?.report).toMatchObject({ notes: 6, cards: 8, scheduled: 5, reviews: 7, media: 1 });
    expect(job?.report?.decks.map((d) => d.title)).toEqual(['Deep Learning::CNN::Pooling', 'Default', 'Deep Learning::Maths']);
    expect(job?.report?.skipped.find((s) => s.kind === 'audio')).toMatchObject({ count: 1, examples: ['pool.mp3'] });

    const pooling = await deckOf(user.id, 'Deep Learning::CNN::Pooling');
    const other = await learner();
    expect(await visibleDeckIds(user.id)).toContain(pooling);
    expect(await visibleDeckIds(other.id)).not.toContain(pooling);

    const state = (anchor: string) =>
      db().cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: ownedCardId(pooling, anchor) } } });
    expect(await state(anchorFor('g/Basic1'))).toMatchObject({ ef: 2.3, interval: 12, lapses: 1, due: new Date('2024-03-06T04:00:00Z') });
    expect(await state(`${anchorFor('g:Rev2')}.r`)).toMatchObject({ suspended: true });
    expect((await state(`${anchorFor('g{Cloze3}')}.c1`))?.buriedUntil).toEqual(new Date('2024-03-02T04:00:00Z'));
    expect(await state(`${anchorFor('g{Cloze3}')}.c2`)).toBeNull();
    const reviews = await db().review.findMany({ where: { userId: user.id }, orderBy: { clientAt: 'asc' } });
    expect(reviews).toHaveLength(7);
    expect(new Set(reviews.map((r) => r.origin))).toEqual(new Set(['import']));
  });

  it('re-importing the same file updates: same decks and card ids, no duplicate reviews, newer answers kept', async () => {
    const user = await learner();
    const SQL = await loadSqlJs();
    await importAnki(user.id, apkg18(SQL));
    const decks = await db().deck.findMany({ where: { ownerId: user.id }, select: { id: true }, orderBy: { id: 'asc' } });
    const cards = await db().card.findMany({
      where: { decks: { some: { deck: { ownerId: user.id } } } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const pooling = await deckOf(user.id, 'Deep Learning::CNN::Pooling');
    const basic = ownedCardId(pooling, anchorFor('g/Basic1'));
    // An answer given in the app after the import is newer than the file: a re-import keeps it.
    await db().cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: basic } },
      data: { interval: 30, lastReview: new Date('2024-03-01T09:00:00Z') },
    });

    const again = await importAnki(user.id, apkg18(SQL));
    expect(again?.status).toBe('done');
    expect(again?.report?.reviews).toBe(0);
    expect(await db().deck.findMany({ where: { ownerId: user.id }, select: { id: true }, orderBy: { id: 'asc' } })).toEqual(decks);
    expect(
      await db().card.findMany({
        where: { decks: { some: { deck: { ownerId: user.id } } } },
        select: { id: true },
        orderBy: { id: 'asc' },
      }),
    ).toEqual(cards);
    expect(await db().review.count({ where: { userId: user.id } })).toBe(7);
    expect((await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: basic } } })).interval).toBe(30);
  });

  it('refuses a zip bomb with a clear message and writes nothing', async () => {
    const user = await learner();
    const job = await importAnki(user.id, zipBomb(4 * 1024 * 1024), { ...DEFAULT_LIMITS, maxTotalBytes: 1024 * 1024 });
    expect(job?.status).toBe('failed');
    expect(job?.error).toMatch(/inflates to more than 1 MiB/);
    expect(await db().deck.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('imports an Obsidian vault with SR schedules; an edited vault updates with stable ids', async () => {
    const user = await learner();
    const note = '#flashcards\n\nMax pooling:::keeps the maximum\n<!--SR:!2024-03-05,10,270!2024-03-02,3,130-->\n';
    const run = async (text: string) =>
      runObsidianImport(user.id, await startImportJob(user.id, 'obsidian', 'vault'), new Map([['cnn/pooling.md', text]]), { now: NOW });
    const first = await run(note);
    expect(first?.report).toMatchObject({ notes: 1, cards: 2, scheduled: 2 });
    const states = await db().cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } });
    expect(states.map((s) => [s.interval, s.ef, s.due.toISOString()])).toEqual([
      [10, 2.7, '2024-03-05T04:00:00.000Z'],
      [3, 1.3, '2024-03-02T04:00:00.000Z'],
    ]);
    const second = await run(`${note}\nNew::card\n`);
    expect(second?.report?.cards).toBe(3);
    expect(await db().deck.count({ where: { ownerId: user.id } })).toBe(1);
    const ids = (await db().card.findMany({ where: { decks: { some: { deck: { ownerId: user.id } } } }, select: { id: true } })).map(
      (c) => c.id,
    );
    expect(ids).toEqual(expect.arrayContaining(states.map((s) => s.cardId)));
  });

  it('exports an imported deck as .apkg and Markdown; importing the export gives the same cards, states and review counts', async () => {
    const user = await learner();
    await importAnki(user.id, apkg18(await loadSqlJs()));
    const pooling = await deckOf(user.id, 'Deep Learning::CNN::Pooling');
    const apkg = await exportDeckApkg(user.id, pooling, 'en', NOW);
    expect(apkg).not.toBeNull();
    expect(await exportDeckApkg((await learner()).id, pooling, 'en')).toBeNull();

    const other = await learner();
    const job = await importAnki(other.id, apkg?.bytes ?? new Uint8Array());
    expect(job?.report).toMatchObject({ cards: 5, reviews: 6, scheduled: 4 });
    const shape = async (userId: string) => {
      const deckId = (await db().deck.findFirstOrThrow({ where: { ownerId: userId, titleEn: 'Deep Learning::CNN::Pooling' } })).id;
      const cards = await db().card.findMany({
        where: { decks: { some: { deckId } } },
        orderBy: { position: 'asc' },
        include: { states: true, _count: { select: { reviews: true } } },
      });
      return cards.map((c) => ({
        type: c.type,
        front: c.front,
        back: c.back,
        ef: c.states[0]?.ef,
        interval: c.states[0]?.interval,
        due: c.states[0]?.due,
        suspended: c.states[0]?.suspended,
        reviews: c._count.reviews,
      }));
    };
    expect(await shape(other.id)).toEqual(await shape(user.id));

    const md = await exportDeckMarkdown(user.id, pooling, 'en');
    expect(md?.markdown).toContain(`Dilated convolution:::空洞卷积 ^${anchorFor('g:Rev2')}`);
  });

  it("the learner's data download holds their reviews (CSV and JSON), card states, quiz attempts and predictions", async () => {
    const user = await learner();
    await importAnki(user.id, apkg11(await loadSqlJs()));
    const files = unzipSync(await exportMyData(user.id));
    expect(Object.keys(files).sort()).toEqual([
      'card-states.json',
      'predictions.json',
      'quiz-attempts.json',
      'reviews.csv',
      'reviews.json',
    ]);
    expect(
      strFromU8(files['reviews.csv'] ?? new Uint8Array())
        .trim()
        .split('\r\n'),
    ).toHaveLength(8);
    expect(JSON.parse(strFromU8(files['card-states.json'] ?? new Uint8Array()))).toHaveLength(5);
  });
});
