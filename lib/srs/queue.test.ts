import { describe, expect, it } from 'vitest';
import { bury, newCardState, schedule, suspend, type CardState } from './sm2';
import { buildQueue, type QueueCard } from './queue';

const timeZone = 'UTC';
const now = new Date('2026-01-15T12:00:00Z');
const daysAgo = (n: number) => new Date(Date.UTC(2026, 0, 15 - n, 4));

/** A reviewed card due at 04:00 n days before `now` (n = 0: due today; negative: later). */
function review(dueDaysAgo: number): CardState {
  return { ...newCardState(now), repetitions: 2, interval: 6, lastReview: daysAgo(dueDaysAgo + 6), due: daysAgo(dueDaysAgo) };
}
const card = (cardId: string, state: CardState | null, position = 0, deckId = 'd1'): QueueCard => ({ cardId, deckId, state, position });
const ids = (q: { cardId: string }[]) => q.map((e) => e.cardId);

describe('buildQueue', () => {
  it('orders same-day repeats, then due reviews most overdue first, then new cards by position', () => {
    const failed = schedule(review(0), 1, new Date('2026-01-15T11:00:00Z'), { timeZone });
    const q = buildQueue({
      timeZone,
      now,
      cards: [
        card('new-b', null, 2),
        card('due-today', review(0)),
        card('new-a', null, 1),
        card('future', review(-1)),
        card('overdue-3', review(3)),
        card('repeat', failed),
        card('overdue-1', review(1)),
      ],
    });
    expect(q.map((e) => `${e.kind}:${e.cardId}`)).toEqual([
      'repeat:repeat',
      'review:overdue-3',
      'review:overdue-1',
      'review:due-today',
      'new:new-a',
      'new:new-b',
    ]);
  });

  it('a repeat answered less than 10 minutes ago waits at the end of the queue', () => {
    const failed = schedule(null, 2, new Date('2026-01-15T11:55:00Z'), { timeZone });
    const q = buildQueue({ timeZone, now, cards: [card('r', failed), card('n', null)] });
    expect(q.map((e) => `${e.kind}:${e.cardId}`)).toEqual(['new:n', 'repeat:r']);
  });

  it('a repeat left over from yesterday is not a repeat today', () => {
    const failed = schedule(null, 2, new Date('2026-01-14T11:00:00Z'), { timeZone });
    const q = buildQueue({ timeZone, now, cards: [card('r', failed)] });
    expect(q).toEqual([{ cardId: 'r', deckId: 'd1', kind: 'review' }]);
  });

  it('cards due later today (after a time-zone change) count as due; tomorrow does not', () => {
    const laterToday = { ...review(0), due: new Date('2026-01-15T20:00:00Z') };
    const tomorrow = { ...review(0), due: new Date('2026-01-16T04:00:00Z') };
    expect(ids(buildQueue({ timeZone, now, cards: [card('a', laterToday), card('b', tomorrow)] }))).toEqual(['a']);
  });

  it('leaves out suspended and still-buried cards', () => {
    const buriedYesterday = bury(review(0), new Date('2026-01-14T12:00:00Z'), timeZone);
    const q = buildQueue({
      timeZone,
      now,
      cards: [
        card('s', suspend(review(1))),
        card('b', bury(review(1), now, timeZone)),
        card('b-old', buriedYesterday),
        card('n-s', suspend(newCardState(now))),
      ],
    });
    expect(ids(q)).toEqual(['b-old']);
  });

  it('applies the daily limits minus what was done today; repeats are not limited', () => {
    const failed = schedule(review(0), 0, new Date('2026-01-15T09:00:00Z'), { timeZone });
    const cards = [
      card('rep', failed),
      ...[1, 2, 3, 4].map((i) => card(`r${i}`, review(i), i)),
      ...[1, 2, 3].map((i) => card(`n${i}`, null, i)),
    ];
    const q = buildQueue({ timeZone, now, cards, limits: { reviewsPerDay: 5, newPerDay: 3 }, doneToday: { reviewCount: 3, newCount: 1 } });
    expect(ids(q)).toEqual(['rep', 'r4', 'r3', 'n1', 'n2']);
    expect(
      buildQueue({ timeZone, now, cards, limits: { reviewsPerDay: 2, newPerDay: 0 }, doneToday: { reviewCount: 5, newCount: 0 } }),
    ).toHaveLength(1);
  });

  it('uses 20 new / 200 reviews by default', () => {
    const cards = [
      ...Array.from({ length: 30 }, (_, i) => card(`n${i}`, null, i)),
      ...Array.from({ length: 250 }, (_, i) => card(`r${i}`, review(1), i)),
    ];
    const q = buildQueue({ timeZone, now, cards });
    expect(q.filter((e) => e.kind === 'new')).toHaveLength(20);
    expect(q.filter((e) => e.kind === 'review')).toHaveLength(200);
  });

  it("per-deck limits cap one deck, counted with that deck's own done counts, within the global caps", () => {
    const cards = [
      ...[1, 2, 3, 4].map((i) => card(`a${i}`, null, i, 'A')),
      ...[1, 2, 3, 4].map((i) => card(`b${i}`, null, 10 + i, 'B')),
      ...[1, 2, 3].map((i) => card(`ar${i}`, review(i), i, 'A')),
    ];
    const q = buildQueue({
      timeZone,
      now,
      cards,
      limits: { newPerDay: 5 },
      deckLimits: { A: { newPerDay: 3, reviewsPerDay: 1 } },
      doneToday: { newCount: 0, reviewCount: 0, byDeck: { A: { newCount: 1, reviewCount: 0 } } },
    });
    expect(ids(q)).toEqual(['ar3', 'a1', 'a2', 'b1', 'b2', 'b3']);
  });
});
