import { describe, expect, it } from 'vitest';
import { bury, newCardState, suspend, type CardState } from './sm2';
import { dayTotals, forecast, heatmap, sessionSummary, streak, summarizeAnswers } from './stats';

describe('streak', () => {
  const days = ['2026-01-10', '2026-01-12', '2026-01-13', '2026-01-14'];
  it('counts today when reviewed', () => expect(streak([...days, '2026-01-15'], '2026-01-15')).toBe(4));
  it('counts up to yesterday when today has no review yet', () => expect(streak(days, '2026-01-15')).toBe(3));
  it('is 0 after a missed day', () => expect(streak(days, '2026-01-16')).toBe(0));
  it('ignores duplicates and order', () => expect(streak(['2026-01-15', '2026-01-14', '2026-01-15'], '2026-01-15')).toBe(2));
});

describe('heatmap', () => {
  it('counts reviews per learning day, oldest first, in the learner zone', () => {
    const now = new Date('2026-01-15T12:00:00Z'); // 20:00 in Shanghai
    const reviews = [
      new Date('2026-01-15T10:00:00Z'), // 18:00 on the 15th
      new Date('2026-01-14T19:30:00Z'), // 03:30 on the 15th → learning day 14th
      new Date('2026-01-14T20:30:00Z'), // 04:30 on the 15th
      new Date('2025-10-01T00:00:00Z'), // outside 90 days
    ].map((at) => ({ at }));
    const map = heatmap(reviews, now, 'Asia/Shanghai', 4, 3);
    expect(map).toEqual([
      { day: '2026-01-13', count: 0 },
      { day: '2026-01-14', count: 1 },
      { day: '2026-01-15', count: 2 },
    ]);
    expect(heatmap(reviews, now, 'Asia/Shanghai')).toHaveLength(90);
  });
});

describe('dayTotals', () => {
  it('lays grouped day counts on the last n days, today last, and drops older days', () => {
    const counts = [
      { day: '2026-01-15', count: 3 },
      { day: '2026-01-13', count: 1 },
      { day: '2026-01-13', count: 2 },
      { day: '2026-01-01', count: 9 },
    ];
    expect(dayTotals(counts, '2026-01-15', 3)).toEqual([
      { day: '2026-01-13', count: 3 },
      { day: '2026-01-14', count: 0 },
      { day: '2026-01-15', count: 3 },
    ]);
  });
});

describe('forecast', () => {
  it('counts cards by due learning day; overdue counts today; new and suspended are skipped', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    const reviewed = (due: string): CardState => ({
      ...newCardState(now),
      lastReview: new Date('2026-01-01T00:00:00Z'),
      due: new Date(due),
    });
    const states = [
      reviewed('2026-01-10T04:00:00Z'),
      reviewed('2026-01-15T04:00:00Z'),
      reviewed('2026-01-16T04:00:00Z'),
      reviewed('2026-01-16T04:00:00Z'),
      reviewed('2026-01-21T04:00:00Z'),
      reviewed('2026-01-22T04:00:00Z'), // day 8: outside
      suspend(reviewed('2026-01-16T04:00:00Z')),
      newCardState(now),
      null,
    ];
    expect(forecast(states, now, 'UTC').map((d) => d.count)).toEqual([2, 2, 0, 0, 0, 0, 1]);
    expect(forecast(states, now, 'UTC', 4, 2)).toEqual([
      { day: '2026-01-15', count: 2 },
      { day: '2026-01-16', count: 2 },
    ]);
  });

  it('moves a buried card to the day its burial ends, and takes today from the served queue when given', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    const dueToday: CardState = {
      ...newCardState(now),
      lastReview: new Date('2026-01-01T00:00:00Z'),
      due: new Date('2026-01-15T04:00:00Z'),
    };
    const buried = bury(dueToday, now, 'UTC');
    expect(forecast([dueToday, buried], now, 'UTC', 4, 3).map((d) => d.count)).toEqual([1, 1, 0]);
    // A burial that already ended changes nothing.
    expect(forecast([buried], new Date('2026-01-16T05:00:00Z'), 'UTC', 4, 2).map((d) => d.count)).toEqual([1, 0]);
    expect(forecast([dueToday, buried], now, 'UTC', 4, 3, 5).map((d) => d.count)).toEqual([5, 1, 0]);
  });
});

describe('sessionSummary', () => {
  it('counts grade >= 3 as correct', () => {
    const s = sessionSummary([
      { grade: 5, durationMs: 4000 },
      { grade: 3, durationMs: 9000 },
      { grade: 2, durationMs: 7000 },
      { grade: 4, durationMs: 5000, repeat: true },
      { grade: 1, durationMs: 5000 },
      { grade: 0, durationMs: 6000 },
    ]);
    expect(s).toEqual({
      reviewed: 6,
      correct: 3,
      correctPercent: 50,
      timeMs: 36000,
      averageMs: 6000,
      repeats: 1,
      byGrade: { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 },
    });
  });
  it('is all zeros for an empty session', () => {
    expect(sessionSummary([])).toMatchObject({ reviewed: 0, correctPercent: 0, averageMs: 0 });
  });
});

describe('summarizeAnswers', () => {
  it('counts grouped answers (a day of the review log) as the same answers one by one', () => {
    const groups = [
      { grade: 4 as const, count: 40, durationMs: 200_000 },
      { grade: 1 as const, count: 5, durationMs: 30_000 },
      { grade: 5 as const, count: 1, durationMs: 2_000, repeat: true },
    ];
    const oneByOne = groups.flatMap((g) =>
      Array.from({ length: g.count }, (_, i) => ({ grade: g.grade, durationMs: i === 0 ? g.durationMs : 0, repeat: g.repeat })),
    );
    const day = summarizeAnswers(groups);
    expect(day).toEqual(sessionSummary(oneByOne));
    expect(day).toMatchObject({ reviewed: 46, correct: 41, correctPercent: 89, repeats: 1, averageMs: 5043 });
  });
});
