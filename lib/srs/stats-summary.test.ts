import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './day';
import {
  averageEase,
  cardCounts,
  dailyReviews,
  deckProgress,
  easeHistogram,
  intervalHistogram,
  predictionSummary,
  ratio,
  reviewTotals,
  type CardSnapshot,
  type ReviewGroup,
  type RunGroup,
} from './stats-summary';

const today = '2026-05-20';
const g = (daysAgo: number, kind: ReviewGroup['kind'], grade: number, count = 1, durationMs = 1000): ReviewGroup => ({
  day: addDays(today, -daysAgo),
  kind,
  grade,
  count,
  durationMs,
});
const card = (over: Partial<CardSnapshot> = {}): CardSnapshot => ({
  cardId: `c${Math.random()}`,
  seen: true,
  interval: 1,
  ef: 2.5,
  repeatToday: false,
  suspended: false,
  leech: false,
  ...over,
});

describe('review totals and true retention', () => {
  const groups = [g(0, 'new', 4, 2), g(0, 'review', 4, 3), g(5, 'review', 1, 1), g(29, 'repeat', 4), g(30, 'review', 5, 4, 9000)];

  it('counts every kind, but retention only on scheduled reviews', () => {
    expect(reviewTotals(groups, today)).toEqual({ reviews: 11, timeMs: 13_000, retention: { hit: 7, total: 8, percent: 88 } });
  });

  it('the last 30 learning days end today and start 29 days ago', () => {
    expect(reviewTotals(groups, today, 30)).toEqual({ reviews: 7, timeMs: 4000, retention: { hit: 3, total: 4, percent: 75 } });
  });

  it('no scheduled review yet: retention is unknown, not 0%', () => {
    expect(reviewTotals([g(0, 'new', 4, 3)], today).retention).toEqual({ hit: 0, total: 0, percent: null });
    expect(ratio(0, 0).percent).toBeNull();
  });

  it('per day: oldest first, kinds apart, retention per day', () => {
    const days = dailyReviews(groups, today, 30);
    expect(days).toHaveLength(30);
    expect(days[0]!.day).toBe(addDays(today, -29));
    expect(days[0]).toMatchObject({ new: 0, review: 0, repeat: 1, retention: { percent: null } });
    expect(days[29]).toMatchObject({ day: today, new: 2, review: 3, repeat: 0, retention: { hit: 3, total: 3, percent: 100 } });
    expect(days[24]!.retention.percent).toBe(0);
  });
});

describe('card counts and distributions', () => {
  const cards = [
    card({ seen: false, interval: 0 }),
    card({ interval: 1, repeatToday: true, ef: 1.3 }),
    card({ interval: 6, ef: 2.1 }),
    card({ interval: 21, ef: 2.6 }),
    card({ interval: 120, suspended: true, leech: true, ef: 1.7 }),
  ];

  it('splits the collection into unseen, suspended, learning, young and mature', () => {
    expect(cardCounts(cards)).toEqual({ total: 5, seen: 4, unseen: 1, learning: 1, young: 1, mature: 1, suspended: 1, leeches: 1 });
  });

  it('counts a card suspended before its first answer as suspended, not unseen', () => {
    const c = cardCounts([card({ seen: false, interval: 0, suspended: true }), card({ seen: false, interval: 0 })]);
    expect(c).toMatchObject({ total: 2, seen: 0, unseen: 1, suspended: 1 });
  });

  it('buckets intervals (1, 2-6, 7-20, 21-89, 90+) and ease of the seen cards', () => {
    expect(intervalHistogram(cards).map((b) => b.count)).toEqual([1, 1, 0, 1, 1]);
    expect(easeHistogram(cards)).toEqual([
      { key: '1.3-1.7', count: 1 },
      { key: '1.7-2.1', count: 1 },
      { key: '2.1-2.5', count: 1 },
      { key: '2.5+', count: 1 },
    ]);
    expect(averageEase(cards)).toBe(1.93);
    expect(averageEase([])).toBeNull();
  });

  it('per deck: cards, seen, mature and retention of its cards', () => {
    const a = card({ cardId: 'a', interval: 30 });
    const b = card({ cardId: 'b', seen: false });
    const rows = deckProgress(
      [
        { deckId: 'd1', cardIds: ['a', 'b'] },
        { deckId: 'd2', cardIds: ['b'] },
      ],
      [a, b],
      [{ cardId: 'a', passed: 2, total: 3 }],
    );
    expect(rows).toEqual([
      { deckId: 'd1', cards: 2, seen: 1, mature: 1, retention: { hit: 2, total: 3, percent: 67 } },
      { deckId: 'd2', cards: 1, seen: 0, mature: 0, retention: { hit: 0, total: 0, percent: null } },
    ]);
  });
});

describe('prediction calibration', () => {
  it('percent right overall, by confidence and per experiment', () => {
    const runs: RunGroup[] = [
      { experimentId: 'x', confidence: 'high', correct: true, count: 3 },
      { experimentId: 'x', confidence: 'high', correct: false, count: 1 },
      { experimentId: 'y', confidence: 'low', correct: false, count: 1 },
      { experimentId: 'y', confidence: null, correct: true, count: 1 },
    ];
    const s = predictionSummary(runs);
    expect(s.runs).toBe(6);
    expect(s.right).toEqual({ hit: 4, total: 6, percent: 67 });
    expect(s.byConfidence).toEqual({ low: ratio(0, 1), medium: ratio(0, 0), high: ratio(3, 4) });
    expect(s.experiments.map((e) => [e.experimentId, e.runs, e.right.percent])).toEqual([
      ['x', 4, 75],
      ['y', 2, 50],
    ]);
    expect(predictionSummary([])).toMatchObject({ runs: 0, right: { percent: null }, experiments: [] });
  });
});

const arbGroup = fc.record({
  day: fc.integer({ min: 0, max: 60 }).map((n) => addDays(today, -n)),
  kind: fc.constantFrom('new' as const, 'review' as const, 'repeat' as const),
  grade: fc.integer({ min: 0, max: 5 }),
  count: fc.integer({ min: 1, max: 50 }),
  durationMs: fc.integer({ min: 0, max: 100_000 }),
});
const arbCard = fc.record({
  cardId: fc.uuid(),
  seen: fc.boolean(),
  interval: fc.integer({ min: 0, max: 400 }),
  ef: fc.double({ min: 1.3, max: 3.5, noNaN: true }),
  repeatToday: fc.boolean(),
  suspended: fc.boolean(),
  leech: fc.boolean(),
});

describe('properties', () => {
  it('retention is a whole percent in [0, 100], or null with nothing scheduled', () => {
    fc.assert(
      fc.property(fc.array(arbGroup), (groups) => {
        for (const r of [reviewTotals(groups, today).retention, ...dailyReviews(groups, today).map((d) => d.retention)]) {
          if (r.total === 0) expect(r.percent).toBeNull();
          else expect(r.percent).toSatisfy((p: number) => Number.isInteger(p) && p >= 0 && p <= 100);
        }
      }),
    );
  });

  it('the last 30 days never exceed all time, and the daily bars add up to the 30-day total', () => {
    fc.assert(
      fc.property(fc.array(arbGroup), (groups) => {
        const all = reviewTotals(groups, today);
        const recent = reviewTotals(groups, today, 30);
        expect(recent.reviews).toBeLessThanOrEqual(all.reviews);
        expect(recent.timeMs).toBeLessThanOrEqual(all.timeMs);
        const days = dailyReviews(groups, today, 30);
        expect(days.reduce((s, d) => s + d.new + d.review + d.repeat, 0)).toBe(recent.reviews);
        expect(days.reduce((s, d) => s + d.retention.hit, 0)).toBe(recent.retention.hit);
      }),
    );
  });

  it('card groups add up to the total, and both histograms to the seen cards', () => {
    fc.assert(
      fc.property(fc.array(arbCard), (cards) => {
        const c = cardCounts(cards);
        expect(c.unseen + c.suspended + c.learning + c.young + c.mature).toBe(c.total);
        expect(c.suspended).toBe(cards.filter((x) => x.suspended).length);
        expect(c.unseen).toBe(cards.filter((x) => !x.seen && !x.suspended).length);
        expect(c.seen).toBe(cards.filter((x) => x.seen).length);
        expect(intervalHistogram(cards).reduce((s, b) => s + b.count, 0)).toBe(c.seen);
        expect(easeHistogram(cards).reduce((s, b) => s + b.count, 0)).toBe(c.seen);
      }),
    );
  });
});
