import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKey, schedule } from '@/lib/srs';
import { loadReviewQueue } from './review-queue';
import { recordAnswer, undoAnswer } from './reviews';
import { answerInput as answer, samplePredictRun, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { learningDayTotals, todayOverview } from './today';
import { getUserById, updateSettings } from './users';

let t: TestDb;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

describe(`review log on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('an answer changes the state and appends to the log, both by SM-2', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`d${++n}`, 1);
    const now = new Date('2026-03-02T02:00:00Z');
    const out = await recordAnswer(user, answer(card!, 5, 'key-aaaaaaaa-1'), now);
    expect(out.kind).toBe('ok');
    const expected = schedule(null, 5, now, { timeZone: user.timeZone, rolloverHour: 4 });
    const state = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card! } } });
    expect(state).toMatchObject({ ef: expected.ef, interval: 1, repetitions: 1, version: 1 });
    expect(state.due.toISOString()).toBe(expected.due.toISOString());
    const log = await t.prisma.review.findMany({ where: { userId: user.id } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      grade: 5,
      kind: 'new',
      efBefore: null,
      efAfter: 2.6,
      intervalAfter: 1,
      durationMs: 1500,
      versionAfter: 1,
    });
    expect(log[0]!.dayKey).toBe(dayKey(now, 'Asia/Shanghai', 4));
  });

  it('the same key sent twice (or at once) is recorded once', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`d${++n}`, 1);
    const first = await recordAnswer(user, answer(card!, 4, 'key-dup-000001'));
    const again = await recordAnswer(user, answer(card!, 4, 'key-dup-000001'));
    expect(first.kind).toBe('ok');
    expect(again.kind).toBe('duplicate');
    const [a, b] = await Promise.all([
      recordAnswer(user, answer(card!, 5, 'key-dup-000002', 1)),
      recordAnswer(user, answer(card!, 5, 'key-dup-000002', 1)),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['duplicate', 'ok']);
    expect(await t.prisma.review.count({ where: { userId: user.id } })).toBe(2);
    const state = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card! } } });
    expect(state.version).toBe(2);
    expect(state.repetitions).toBe(2);
  });

  it('two tabs answering one card: one applied, one conflict, nothing applied twice', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`d${++n}`, 1);
    await recordAnswer(user, answer(card!, 4, 'tab-seed-0001'));
    const [a, b] = await Promise.all([
      recordAnswer(user, answer(card!, 5, 'tab-a-000001', 1)),
      recordAnswer(user, answer(card!, 1, 'tab-b-000001', 1)),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['conflict', 'ok']);
    const conflict = a.kind === 'conflict' ? a : b;
    if (conflict.kind !== 'conflict') throw new Error('unreachable');
    expect(conflict.conflict.version).toBe(2);
    expect(await t.prisma.review.count({ where: { userId: user.id } })).toBe(2);
    // A stale tab (new card for it, version 0) is refused as well.
    expect((await recordAnswer(user, answer(card!, 5, 'tab-c-000001', 0))).kind).toBe('conflict');
  });

  it('undo restores the previous state and marks the log row undone, not deleted', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`d${++n}`, 1);
    const t0 = new Date('2026-03-01T01:00:00Z');
    const t1 = new Date('2026-03-02T01:00:00Z');
    await recordAnswer(user, answer(card!, 4, 'undo-1-000000'), t0);
    const before = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card! } } });
    const second = await recordAnswer(user, answer(card!, 5, 'undo-2-000000', 1), t1);
    if (second.kind !== 'ok') throw new Error(second.kind);
    const firstRow = await t.prisma.review.findFirstOrThrow({ where: { userId: user.id, idempotencyKey: 'undo-1-000000' } });
    expect((await undoAnswer(user.id, firstRow.id, t1)).kind).toBe('conflict'); // not the latest answer
    const undone = await undoAnswer(user.id, second.ack.reviewId, t1);
    expect(undone.kind).toBe('ok');
    const after = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card! } } });
    expect({ ...after, version: 0, updatedAt: 0 }).toEqual({ ...before, version: 0, updatedAt: 0 });
    expect(after.version).toBe(3);
    const rows = await t.prisma.review.findMany({ where: { userId: user.id }, orderBy: { serverAt: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[1]!.undoneAt).not.toBeNull();
    // Undoing twice is refused; the earlier answer is now the latest and can be undone too.
    expect((await undoAnswer(user.id, second.ack.reviewId)).kind).toBe('not_found');
    expect((await undoAnswer(user.id, rows[0]!.id)).kind).toBe('ok');
    const reset = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card! } } });
    expect(reset).toMatchObject({ lastReview: null, repetitions: 0, version: 4 });
    const other = await seedLearner();
    expect((await undoAnswer(other.id, rows[0]!.id)).kind).toBe('not_found');
  });

  it('a predict answer stores its run (prediction, params, seed, measurements) once, linked to the review', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`d${++n}`, 1);
    const run = samplePredictRun;
    const input = { ...answer(card!, 5, 'run-key-000001'), run };
    const first = await recordAnswer(user, { ...input, runCorrect: true });
    const retry = await recordAnswer(user, { ...input, runCorrect: true });
    expect([first.kind, retry.kind]).toEqual(['ok', 'duplicate']);
    const runs = await t.prisma.experimentRun.findMany({ where: { userId: user.id } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      experimentId: 'conv-bias-params',
      prediction: 'equals-out',
      confidence: 'high',
      seed: 42,
      outcome: 'equals-out',
      correct: true,
      cardId: card,
    });
    expect(runs[0]!.metrics).toEqual(run.metrics);
    expect(runs[0]!.reviewId).toBe(first.kind === 'ok' ? first.ack.reviewId : null);
  });

  it('daily limits: new cards stop at the limit, undone answers give the slot back', async () => {
    const user = await seedLearner();
    await updateSettings(user.id, { newPerDay: 3 });
    const u = (await getUserById(user.id))!;
    await seedDeck('limits', 6);
    const now = new Date('2026-04-10T03:00:00Z');
    let q = (await loadReviewQueue(u, 'limits', now))!;
    expect(q.counts).toEqual({ repeat: 0, review: 0, new: 3 });
    const acks = [];
    for (const [i, e] of q.entries.slice(0, 2).entries()) acks.push(await recordAnswer(u, answer(e.cardId, 4, `lim-${i}-0000000`), now));
    q = (await loadReviewQueue(u, 'limits', now))!;
    expect(q.counts.new).toBe(1);
    const last = acks[1]!;
    if (last.kind !== 'ok') throw new Error(last.kind);
    await undoAnswer(u.id, last.ack.reviewId, now);
    expect((await loadReviewQueue(u, 'limits', now))!.counts.new).toBe(2);
    // A deck can lower the limit further.
    await t.prisma.deck.update({ where: { id: 'limits' }, data: { newPerDay: 1 } });
    expect((await loadReviewQueue(u, 'limits', now))!.counts.new).toBe(0);
  });

  it('day rollover follows the learner time zone and rollover hour', async () => {
    const ny = await seedLearner({ timeZone: 'America/New_York' });
    const [card] = await seedDeck('tz', 1);
    // 2026-05-01 10:00 in New York: interval 1 → due at 04:00 New York on 05-02 = 08:00Z.
    const answeredAt = new Date('2026-05-01T14:00:00Z');
    await recordAnswer(ny, answer(card!, 4, 'tz-ny-0000001'), answeredAt);
    const state = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: ny.id, cardId: card! } } });
    expect(state.due.toISOString()).toBe('2026-05-02T08:00:00.000Z');
    // 03:30 New York on 05-02 is still 05-01's learning day: not due yet.
    expect((await loadReviewQueue(ny, 'tz', new Date('2026-05-02T07:30:00Z')))!.counts.review).toBe(0);
    expect((await loadReviewQueue(ny, 'tz', new Date('2026-05-02T08:00:00Z')))!.counts.review).toBe(1);
    const overview = await todayOverview(ny, new Date('2026-05-02T08:30:00Z'));
    expect(overview.today).toBe('2026-05-02');
    expect(overview.due).toBe(1);
    expect(overview.streak).toBe(1); // reviewed yesterday, not yet today
  });

  it("the learning day's totals come from the log: Today and the session summary count the same", async () => {
    const u = await seedLearner({ timeZone: 'America/New_York' });
    const cards = await seedDeck('daytotals', 3);
    // 2026-06-01 in New York (rollover 04:00): two cards yesterday-evening, then the learning day turns.
    await recordAnswer(u, answer(cards[0]!, 4, 'day-tot-00001'), new Date('2026-06-01T23:00:00Z'));
    const after = new Date('2026-06-02T09:00:00Z'); // 05:00 in New York: a new learning day
    const a = await recordAnswer(u, answer(cards[1]!, 5, 'day-tot-00002'), after);
    await recordAnswer(u, answer(cards[2]!, 1, 'day-tot-00003'), after);
    const undone = await recordAnswer(u, answer(cards[0]!, 4, 'day-tot-00004', 1), after);
    if (undone.kind !== 'ok' || a.kind !== 'ok') throw new Error('not recorded');
    await undoAnswer(u.id, undone.ack.reviewId, after);
    const later = new Date('2026-06-02T15:00:00Z');
    const totals = await learningDayTotals(u, later);
    // The undone answer and yesterday's are not counted; the failed one is counted, not correct.
    expect(totals).toMatchObject({ day: '2026-06-02', reviewed: 2, correct: 1, correctPercent: 50, timeMs: 3000 });
    expect((await todayOverview(u, later)).reviewedToday).toBe(totals.reviewed);
  });
});
