import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '@/lib/settings-schema';
import { learningOptions } from '@/lib/srs';
import { loadReviewQueue, reviewItems } from './review-queue';
import { recordAnswer, undoAnswer } from './reviews';
import { statsOverview } from './stats';
import { answerInput as answer, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { todayOverview } from './today';
import { getUserById, updateSettings, type AppUser } from './users';

let t: TestDb;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

/** A deck whose first two cards are siblings (one group, like a reversed pair). */
async function deckWithPair(count = 3) {
  const deck = `sib${++n}`;
  const ids = await seedDeck(deck, count);
  await t.prisma.card.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { groupId: `${deck}-pair` } });
  return { deck, ids };
}
const queued = async (user: AppUser, deck: string, now: Date) => (await loadReviewQueue(user, deck, now))!.entries.map((e) => e.cardId);
const deckRow = async (user: AppUser, deck: string, now: Date) => (await todayOverview(user, now)).decks.find((d) => d.deckId === deck)!;

// Asia/Shanghai, rollover 04:00 (20:00 UTC): 02:00 UTC is 10:00 local.
const day1 = new Date('2026-03-02T02:00:00Z');
const day2 = new Date('2026-03-03T02:00:00Z');
const day3 = new Date('2026-03-04T02:00:00Z');

describe(`siblings kept apart on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('serves one card of a pair a day, across reloads and loading more, and Today counts what the queue serves', async () => {
    const user = await seedLearner();
    const { deck, ids } = await deckWithPair();
    const [a, b, c] = ids as [string, string, string];
    expect(await queued(user, deck, day1)).toEqual([a, c]);
    expect((await deckRow(user, deck, day1)).new).toBe(2);
    expect((await recordAnswer(user, answer(a, 5, `sib-${n}-1`), day1)).kind).toBe('ok');
    // A reload (or loadMoreCards, which rebuilds the same queue) still leaves the sibling out.
    expect(await queued(user, deck, new Date(day1.getTime() + 60_000))).toEqual([c]);
    const today = await todayOverview(user, new Date(day1.getTime() + 60_000));
    expect(today.decks.find((d) => d.deckId === deck)).toMatchObject({ new: 1, due: 0 });
    // Day 2: the answered card's review comes first and still keeps its sibling out for the day.
    expect(await queued(user, deck, day2)).toEqual([a, c]);
    expect((await recordAnswer(user, answer(a, 5, `sib-${n}-2`, 1), day2)).kind).toBe('ok');
    expect(await queued(user, deck, new Date(day2.getTime() + 60_000))).toEqual([c]);
    // Day 3: nothing of the pair was answered yet today: the sibling is served.
    expect(await queued(user, deck, day3)).toEqual([b, c]);
  });

  it('an undone answer no longer keeps the sibling out', async () => {
    const user = await seedLearner();
    const { deck, ids } = await deckWithPair(2);
    const out = await recordAnswer(user, answer(ids[0]!, 4, `sib-undo-${n}`), day1);
    expect(await queued(user, deck, day1)).toEqual([]);
    await undoAnswer(user.id, out.kind === 'ok' ? out.ack.reviewId : '', day1);
    expect(await queued(user, deck, day1)).toEqual([ids[0]]);
  });

  it('with both switches off, siblings come up the same day', async () => {
    const user = await seedLearner();
    await updateSettings(user.id, { buryNewSiblings: false, buryReviewSiblings: false });
    const off = (await getUserById(user.id))!;
    const { deck, ids } = await deckWithPair(2);
    await recordAnswer(off, answer(ids[0]!, 5, `sib-off-${n}`), day1);
    expect(await queued(off, deck, day1)).toEqual([ids[1]]);
  });
});

describe('learning steps', () => {
  it('a card in a step comes back after its step, counted as a repeat (not new), and graduates', async () => {
    const base = await seedLearner();
    await updateSettings(base.id, { scheduler: 'steps' });
    const user = (await getUserById(base.id))!;
    const [card, other] = await seedDeck(`steps${++n}`, 2);
    const deck = `steps${n}`;
    const out = await recordAnswer(user, answer(card!, 4, `steps-${n}-1`), day1);
    if (out.kind !== 'ok') throw new Error(out.kind);
    expect(out.ack.dueAt).toBe('2026-03-02T02:10:00.000Z');
    expect(out.ack.state).toMatchObject({ learningStep: 1, interval: 0, repetitions: 0 });

    const soon = new Date(day1.getTime() + 60_000);
    const queue = (await loadReviewQueue(user, deck, soon))!;
    expect(queue.entries.map((e) => `${e.kind}:${e.cardId}`)).toEqual([`new:${other}`, `repeat:${card}`]);
    const [, item] = await reviewItems(queue, queue.entries);
    expect(item!.dueAt).toBe('2026-03-02T02:10:00.000Z');
    const today = await todayOverview(user, soon);
    expect(today.repeats).toBe(1);
    expect(today.decks.find((d) => d.deckId === deck)).toMatchObject({ due: 1, new: 1 });
    expect((await statsOverview(user, soon)).cards).toMatchObject({ learning: 1, seen: 1 });

    const back = new Date('2026-03-02T02:10:00Z');
    expect((await loadReviewQueue(user, deck, back))!.entries[0]).toMatchObject({ cardId: card, kind: 'repeat' });
    const grad = await recordAnswer(user, answer(card!, 4, `steps-${n}-2`, 1), back);
    if (grad.kind !== 'ok') throw new Error(grad.kind);
    expect(grad.ack.dueAt).toBeNull();
    expect(grad.ack.state).toMatchObject({ learningStep: null, interval: 1, repetitions: 1 });
    const log = await t.prisma.review.findMany({ where: { userId: user.id }, orderBy: { serverAt: 'asc' } });
    expect(log.map((r) => r.kind)).toEqual(['new', 'repeat']);
    expect(await queued(user, deck, new Date(back.getTime() + 60_000))).toEqual([other]);
  });

  it('SM-2 (the default) acknowledges a failed card with its same-day repeat time', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`sm2${++n}`, 1);
    const out = await recordAnswer(user, answer(card!, 1, `sm2-${n}`), day1);
    expect(out.kind === 'ok' && out.ack.dueAt).toBe('2026-03-02T02:10:00.000Z');
  });
});

describe('settings round trip', () => {
  it('saves the scheduler, steps, intervals and sibling switches as the form posts them, and reads them back', async () => {
    const user = await seedLearner();
    const form = {
      timeZone: 'Asia/Shanghai',
      rolloverHour: '4',
      newPerDay: '20',
      reviewsPerDay: '200',
      gradeScale: 'four',
      locale: 'auto',
      leechAction: 'tag',
      buryReviewSiblings: 'on',
      scheduler: 'steps',
      newSteps: '2m, 15',
      relearnSteps: '1h',
      graduatingInterval: '2',
      easyInterval: '5',
    };
    await updateSettings(user.id, settingsSchema.parse(form));
    const saved = (await getUserById(user.id))!;
    expect(saved).toMatchObject({
      buryNewSiblings: false,
      buryReviewSiblings: true,
      scheduler: 'steps',
      newSteps: '2m 15m',
      relearnSteps: '1h',
      graduatingInterval: 2,
      easyInterval: 5,
    });
    expect(learningOptions(saved)).toEqual({ newSteps: [2, 15], relearnSteps: [60], graduatingInterval: 2, easyInterval: 5 });
    // A new account starts on SM-2 as published, with siblings kept apart.
    expect(await seedLearner()).toMatchObject({ scheduler: 'sm2', buryNewSiblings: true, buryReviewSiblings: true, newSteps: '1m 10m' });
  });
});
