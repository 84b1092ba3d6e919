import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzSeed } from '@/lib/review/fuzz-seed';
import { applyFuzz, dayKey, fuzzRange, nextDayStart, schedule, type Grade } from '@/lib/srs';
import { buryCard, listSuspendedCards, suspendCard, undoSetAside, unsuspendCard } from './card-actions';
import { loadReviewQueue } from './review-queue';
import { recordAnswer, undoAnswer } from './reviews';
import { seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import type { AppUser } from './users';

let t: TestDb;
const TZ = 'Asia/Shanghai'; // no DST: a day is 24 h
const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

let keys = 0;
async function answer(user: AppUser, cardId: string, grade: Grade, expectedVersion: number, now: Date) {
  const out = await recordAnswer(
    user,
    { cardId, grade, durationMs: 1000, idempotencyKey: `ca-key-${++keys}-0000`, clientAt: now.toISOString(), expectedVersion },
    now,
  );
  if (out.kind !== 'ok') throw new Error(`answer: ${out.kind}`);
  return out.ack;
}

const queued = async (user: AppUser, deck: string, now: Date) => (await loadReviewQueue(user, deck, now))!.entries.map((e) => e.cardId);
const stateOf = (user: AppUser, cardId: string) =>
  t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

describe(`bury, suspend, leeches and fuzz on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('a buried card leaves today’s queue and is back when the next learning day starts', async () => {
    const user = await seedLearner();
    const [a, b] = await seedDeck('bury', 2);
    const now = new Date('2026-03-02T02:00:00Z'); // 10:00 in Shanghai
    expect(await queued(user, 'bury', now)).toEqual([a, b]);
    const out = await buryCard(user, a!, 0, now);
    expect(out).toMatchObject({ kind: 'ok', version: 1 });
    expect(await queued(user, 'bury', now)).toEqual([b]);
    // The next learning day starts at 04:00 Shanghai on 03-03 = 20:00Z on 03-02.
    const rollover = nextDayStart(now, TZ, 4);
    expect(rollover.toISOString()).toBe('2026-03-02T20:00:00.000Z');
    expect(await queued(user, 'bury', new Date(rollover.getTime() - 60_000))).toEqual([b]);
    expect(await queued(user, 'bury', rollover)).toEqual([a, b]);
    // Still a new card: burying did not schedule it.
    expect(await stateOf(user, a!)).toMatchObject({ lastReview: null, repetitions: 0, suspended: false });
  });

  it('a stale version is refused with the current state; a card that does not exist is not found', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck('stale', 1);
    const now = new Date('2026-03-05T02:00:00Z');
    await answer(user, card!, 4, 0, now);
    const stale = await buryCard(user, card!, 0, now);
    expect(stale.kind).toBe('conflict');
    if (stale.kind !== 'conflict') throw new Error('unreachable');
    expect(stale.conflict).toMatchObject({ cardId: card, version: 1 });
    expect((await suspendCard(user, card!, 0)).kind).toBe('conflict');
    expect((await stateOf(user, card!)).suspended).toBe(false);
    expect((await buryCard(user, 'no-such-card', 0, now)).kind).toBe('not_found');
    // Two tabs burying at once: one applies, the other is a conflict.
    const both = await Promise.all([buryCard(user, card!, 1, now), suspendCard(user, card!, 1)]);
    expect(both.map((o) => o.kind).sort()).toEqual(['conflict', 'ok']);
    expect((await stateOf(user, card!)).version).toBe(2);
  });

  it('a suspended card stays out of every queue until unsuspended, and is listed for the learner only', async () => {
    const user = await seedLearner();
    const other = await seedLearner();
    const [a, b] = await seedDeck('suspend', 2);
    const now = new Date('2026-03-10T02:00:00Z');
    expect(await suspendCard(user, a!, 0)).toMatchObject({ kind: 'ok', version: 1 });
    expect(await queued(user, 'suspend', now)).toEqual([b]);
    expect(await queued(user, 'suspend', plusDays(now, 30))).toEqual([b]);
    expect(await queued(other, 'suspend', now)).toEqual([a, b]);
    const listed = await listSuspendedCards(user.id);
    expect(listed.total).toBe(1);
    expect(listed.cards).toEqual([
      { cardId: a, front: expect.stringMatching(/^Question \d+$/), leech: false, noteHref: `/notes/fixture#card-${a}` },
    ]);
    expect((await listSuspendedCards(other.id)).total).toBe(0);
    // Another learner cannot unsuspend it (they have no state for it); a card never suspended is a no-op.
    expect((await unsuspendCard(other, a!)).kind).toBe('not_found');
    expect(await unsuspendCard(user, a!)).toMatchObject({ kind: 'ok', version: 2 });
    expect(await queued(user, 'suspend', now)).toEqual([a, b]);
    expect((await listSuspendedCards(user.id)).total).toBe(0);
  });

  it('the session undoes its own bury or suspend, unless the card changed since', async () => {
    const user = await seedLearner();
    const other = await seedLearner();
    const [a, b] = await seedDeck('undo-aside', 2);
    const now = new Date('2026-03-12T02:00:00Z');
    const ack = await answer(user, a!, 4, 0, now);
    const suspended = await suspendCard(user, a!, ack.version, now);
    expect(suspended).toMatchObject({ kind: 'ok', version: 2 });
    // Someone else's undo, or an undo of a card never set aside, finds nothing.
    expect((await undoSetAside(other, a!, 'suspend', 2, now)).kind).toBe('not_found');
    const undone = await undoSetAside(user, a!, 'suspend', 2, now);
    expect(undone).toMatchObject({ kind: 'ok', version: 3, state: { suspended: false, repetitions: 1 } });
    // The schedule is the answer's, untouched by suspend and its undo.
    expect(await stateOf(user, a!)).toMatchObject({ suspended: false, repetitions: 1, due: new Date(ack.state.due) });

    expect(await buryCard(user, b!, 0, now)).toMatchObject({ kind: 'ok', version: 1 });
    expect(await queued(user, 'undo-aside', now)).toEqual([]);
    // The card changed since the bury (another tab suspended it): the undo is refused, nothing changes.
    expect(await suspendCard(user, b!, 1, now)).toMatchObject({ kind: 'ok', version: 2 });
    const stale = await undoSetAside(user, b!, 'bury', 1, now);
    expect(stale).toMatchObject({ kind: 'conflict', conflict: { cardId: b, version: 2, state: { suspended: true } } });
    expect(await undoSetAside(user, b!, 'suspend', 2, now)).toMatchObject({ kind: 'ok', version: 3 });
    const unburied = await undoSetAside(user, b!, 'bury', 3, now);
    expect(unburied).toMatchObject({ kind: 'ok', version: 4, state: { buriedUntil: null } });
    expect(await queued(user, 'undo-aside', now)).toEqual([b]);
  });

  async function lapse(user: AppUser, card: string, times: number, start: Date) {
    let version = (await answer(user, card, 4, 0, start)).version;
    for (let i = 1; i <= times; i++) version = (await answer(user, card, 1, version, plusDays(start, i))).version;
    return { version, last: plusDays(start, times) };
  }

  it('8 lapses make a leech: tagged by default, still reviewed', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck('leech-tag', 1);
    const start = new Date('2026-04-01T02:00:00Z');
    const { version } = await lapse(user, card!, 7, start);
    expect(await stateOf(user, card!)).toMatchObject({ lapses: 7, leech: false });
    const ack = await answer(user, card!, 1, version, plusDays(start, 8));
    expect(ack.state).toMatchObject({ lapses: 8, leech: true, suspended: false });
    expect(await queued(user, 'leech-tag', plusDays(start, 9))).toEqual([card]);
  });

  it("with leechAction 'suspend' the eighth lapse also suspends the card, and it leaves the queue", async () => {
    const user = await seedLearner({ leechAction: 'suspend' });
    expect(user.leechAction).toBe('suspend');
    const [card] = await seedDeck('leech-suspend', 1);
    const start = new Date('2026-05-01T02:00:00Z');
    const { last } = await lapse(user, card!, 8, start);
    expect(await stateOf(user, card!)).toMatchObject({ lapses: 8, leech: true, suspended: true });
    expect(await queued(user, 'leech-suspend', plusDays(last, 1))).toEqual([]);
    expect((await listSuspendedCards(user.id)).cards).toEqual([expect.objectContaining({ cardId: card, leech: true })]);
  });

  it('fuzz (on in settings) moves intervals ≥ 3 days within fuzzRange, the same for the same seed', async () => {
    const user = await seedLearner({ fuzz: true });
    const plain = await seedLearner();
    const [card] = await seedDeck('fuzz', 1);
    const t0 = new Date('2026-06-01T02:00:00Z');
    const first = await answer(user, card!, 4, 0, t0);
    await answer(plain, card!, 4, 0, t0);
    expect(first.state.interval).toBe(1); // below 3 days: never fuzzed
    // The second repetition is I(2) = 6 days: pick a later day whose seed moves it, so the test shows fuzz applied.
    const day = Array.from({ length: 30 }, (_, i) => plusDays(t0, i + 1)).find(
      (d) => applyFuzz(6, fuzzSeed(user.id, card!, dayKey(d, TZ, 4))) !== 6,
    );
    if (!day) throw new Error('no fuzzing seed in 30 days');
    const second = await answer(user, card!, 4, 1, day);
    expect(second.state.interval).not.toBe(6);
    expect(Math.abs(second.state.interval - 6)).toBeLessThanOrEqual(fuzzRange(6));
    const prev = schedule(null, 4, t0, { timeZone: TZ, rolloverHour: 4 });
    const expected = schedule(prev, 4, day, {
      timeZone: TZ,
      rolloverHour: 4,
      fuzz: { seed: fuzzSeed(user.id, card!, dayKey(day, TZ, 4)) },
    });
    expect(second.state.interval).toBe(expected.interval);
    expect(second.state.due).toBe(expected.due.toISOString());
    // Undo and answer again on the same day: the same seed, the same interval.
    const reviews = await t.prisma.review.findMany({ where: { userId: user.id }, orderBy: { serverAt: 'desc' }, take: 1 });
    const undone = await undoAnswer(user.id, reviews[0]!.id, day);
    if (undone.kind !== 'ok') throw new Error(undone.kind);
    expect((await answer(user, card!, 4, undone.version, day)).state.interval).toBe(second.state.interval);
    // Fuzz off: exactly SM-2's 6 days.
    expect((await answer(plain, card!, 4, 1, day)).state.interval).toBe(6);
  });
});
