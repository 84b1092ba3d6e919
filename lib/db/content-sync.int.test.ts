import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { ContentErrors, syncContent, syncContentIfChanged } from './content-sync';
import { getDeck, getDecks, getNote } from './decks';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

const POOLING = (maxAnswer: string, extra = '') =>
  `---\ntitle: 池化\ntags: [cnn]\n---\n# 池化\n\n最大池化取什么？::${maxAnswer} ^pool-max\n\n平均池化取什么？::平均值 ^pool-avg\n${extra}`;
const DROPOUT = 'Dropout 在 eval() 时做什么？::关闭 ^drop-eval\n\n$p$ 是什么？:::丢弃概率 ^drop-p\n';
const DECKS = `decks:
  - id: all
    title: { zh: 全部, en: All }
    description: { zh: 全部笔记, en: Every note }
    notes: all
  - id: pooling
    title: { zh: 池化, en: Pooling }
    description: { zh: 池化, en: Pooling }
    notes: [pooling]
  - id: dropout
    title: { zh: Dropout, en: Dropout }
    description: { zh: Dropout, en: Dropout }
    notes: [dropout]
`;

const build = (pooling: string, decks = DECKS) =>
  buildContent({
    notes: [
      { path: 'content/notes/pooling.md', text: pooling },
      { path: 'content/notes/dropout.md', text: DROPOUT },
    ],
    decks: { path: 'content/decks.yaml', text: decks },
  });

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

describe(`content sync on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let userId = '';

  it('adds notes, cards and decks', async () => {
    const content = build(POOLING('最大值'));
    expect(content.diagnostics).toEqual([]);
    const r = await syncContent(content);
    expect(r.changed).toBe(true);
    expect(r.cards.added).toEqual(['drop-eval', 'drop-p', 'drop-p.r', 'pool-max', 'pool-avg']);
    expect(r.decks.added).toEqual(['all', 'pooling', 'dropout']);
    expect(r.notes.added).toEqual(['dropout', 'pooling']);
    const card = await t.prisma.card.findUniqueOrThrow({ where: { id: 'pool-max' } });
    expect(card).toMatchObject({
      type: 'basic',
      front: '最大池化取什么？',
      back: '最大值',
      topic: 'pooling',
      line: 7,
      groupId: 'pool-max',
      position: 3,
    });
    expect(await t.prisma.contentSync.findUnique({ where: { id: 'content' } })).toMatchObject({ hash: content.hash, cardCount: 5 });
    const members = await t.prisma.deckCard.findMany({ where: { deckId: 'pooling' }, orderBy: { position: 'asc' } });
    expect(members.map((m) => m.cardId)).toEqual(['pool-max', 'pool-avg']);
  });

  it('reads decks and notes back as domain types, with card lines matching the note', async () => {
    const decks = await getDecks(null);
    expect(decks.map((d) => [d.id, d.title.en, d.cardCount])).toEqual([
      ['all', 'All', 5],
      ['pooling', 'Pooling', 2],
      ['dropout', 'Dropout', 3],
    ]);
    expect(decks[0]?.countsByType).toMatchObject({ basic: 3, reversed: 2, cloze: 0 });
    const deck = await getDeck('pooling', null);
    expect(deck?.cards.map((c) => c.id)).toEqual(['pool-max', 'pool-avg']);
    expect(await getDeck('nope', null)).toBeNull();
    const note = await getNote('pooling', null);
    expect(note?.markdown.startsWith('# 池化')).toBe(true);
    // The card's file line, mapped into the body, is the card's own text.
    const lines = note!.markdown.split('\n');
    expect(lines[note!.cards[0]!.line - note!.firstLine]).toContain('最大池化取什么？');
  });

  it('updates edited text in place and leaves scheduling state alone', async () => {
    const user = await createUser({ email: 'sync@example.com', passwordHash: 'x' });
    userId = user!.id;
    const due = new Date('2030-01-02T03:04:05Z');
    await t.prisma.cardState.create({ data: { userId, cardId: 'pool-max', ef: 2.6, interval: 6, repetitions: 2, due } });
    await t.prisma.review.create({
      data: {
        userId,
        cardId: 'pool-avg',
        idempotencyKey: 'k1',
        grade: 4,
        durationMs: 1000,
        kind: 'new',
        efAfter: 2.5,
        intervalAfter: 1,
        dueAfter: due,
        versionAfter: 1,
        dayKey: '2030-01-01',
        clientAt: due,
      },
    });
    const r = await syncContent(build(POOLING('窗口内的最大值')));
    expect(r.cards.updated).toEqual(['pool-max']);
    expect(r.cards.added).toEqual([]);
    expect(r.cards.unchanged).toBe(4);
    const card = await t.prisma.card.findUniqueOrThrow({ where: { id: 'pool-max' } });
    expect(card.back).toBe('窗口内的最大值');
    const state = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: 'pool-max' } } });
    expect(state).toMatchObject({ ef: 2.6, interval: 6, repetitions: 2, due, version: 1 });
  });

  it('archives a removed card, keeps its reviews, and restores it when it comes back', async () => {
    const without = build(POOLING('窗口内的最大值').replace('平均池化取什么？::平均值 ^pool-avg\n', ''));
    const r = await syncContent(without, new Date('2031-01-01T00:00:00Z'));
    expect(r.cards.archived).toEqual(['pool-avg']);
    const archived = await t.prisma.card.findUniqueOrThrow({ where: { id: 'pool-avg' } });
    expect(archived.archivedAt).toEqual(new Date('2031-01-01T00:00:00Z'));
    expect(await t.prisma.review.count({ where: { cardId: 'pool-avg' } })).toBe(1);
    expect((await getDeck('pooling', null))?.cards.map((c) => c.id)).toEqual(['pool-max']);

    const back = await syncContent(build(POOLING('窗口内的最大值')));
    expect(back.cards.restored).toEqual(['pool-avg']);
    expect((await t.prisma.card.findUniqueOrThrow({ where: { id: 'pool-avg' } })).archivedAt).toBeNull();
    expect((await getDeck('pooling', null))?.cards.map((c) => c.id)).toEqual(['pool-max', 'pool-avg']);
  });

  it('reports nothing changed for the same content', async () => {
    const r = await syncContent(build(POOLING('窗口内的最大值')));
    expect(r.changed).toBe(false);
    expect(r.cards).toMatchObject({ added: [], updated: [], archived: [], restored: [], unchanged: 5 });
    expect(r.decks).toMatchObject({ added: [], updated: [], archived: [], unchanged: 3 });
  });

  it('archives a deck removed from decks.yaml and refuses content with errors', async () => {
    const withoutPooling = DECKS.slice(0, DECKS.indexOf('  - id: pooling')) + DECKS.slice(DECKS.indexOf('  - id: dropout'));
    const r = await syncContent(build(POOLING('窗口内的最大值'), withoutPooling));
    expect(r.decks.archived).toEqual(['pooling']);
    expect(r.warnings).toEqual([expect.stringContaining('note "pooling" has no deck of its own')]);
    expect((await getDecks(null)).map((d) => d.id)).toEqual(['all', 'dropout']);

    const broken = build(POOLING('窗口内的最大值', '\n重复::id ^drop-eval\n'));
    await expect(syncContent(broken)).rejects.toThrow(ContentErrors);
    await expect(syncContent(broken)).rejects.toThrow(/content\/notes\/pooling\.md:\d+:\d+ error: .* fix: /);
  });

  it('syncs from disk only when the files changed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-sync-'));
    try {
      mkdirSync(path.join(root, 'content', 'notes'), { recursive: true });
      writeFileSync(path.join(root, 'content', 'notes', 'pooling.md'), POOLING('最大值'));
      writeFileSync(path.join(root, 'content', 'notes', 'dropout.md'), DROPOUT);
      writeFileSync(path.join(root, 'content', 'decks.yaml'), DECKS);
      const first = await syncContentIfChanged(root);
      expect(first.status).toBe('synced');
      if (first.status === 'synced') expect(first.report.cards.updated).toEqual(['pool-max']);
      expect((await syncContentIfChanged(root)).status).toBe('unchanged');
      expect((await syncContentIfChanged(root, { force: true })).status).toBe('synced');

      writeFileSync(path.join(root, 'content', 'notes', 'zz.md'), 'X::Y ^pool-max\n');
      await expect(syncContentIfChanged(root)).rejects.toThrow(/content\/notes\/zz\.md:1:1 error: card id "pool-max" is also used/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
