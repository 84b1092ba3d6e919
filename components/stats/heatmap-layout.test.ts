import { describe, expect, it } from 'vitest';
import { heatmapLayout, level, levelRanges } from './heatmap-layout';

/** `n` consecutive days from `start` (YYYY-MM-DD), with counts from `count(i)`. */
function days(start: string, n: number, count: (i: number) => number = () => 0) {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({ day: new Date(t0 + i * 86_400_000).toISOString().slice(0, 10), count: count(i) }));
}

describe('heatmap layout', () => {
  it('puts weeks in columns and weekdays in rows, starting on the chosen weekday', () => {
    // 2026-12-02 is a Wednesday.
    const monday = heatmapLayout(days('2026-12-02', 14), 1);
    expect(monday.cells[0]).toMatchObject({ day: '2026-12-02', col: 0, row: 2 });
    expect(monday.cells[5]).toMatchObject({ day: '2026-12-07', col: 1, row: 0 });
    expect(monday.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(monday.columns).toBe(3);
    const sunday = heatmapLayout(days('2026-12-02', 14), 0);
    expect(sunday.cells[0]).toMatchObject({ col: 0, row: 3 });
    expect(sunday.cells[4]).toMatchObject({ day: '2026-12-06', col: 1, row: 0 });
    expect(sunday.weekdays[0]).toBe(0);
  });

  it('labels each month over the week of its first day, with room between labels', () => {
    // 2026-09-04 (a Friday) to 2026-12-02: Sep partial, then Oct, Nov, Dec.
    const layout = heatmapLayout(days('2026-09-04', 90), 1);
    expect(layout.months.map((m) => m.month)).toEqual([9, 10, 11, 12]);
    expect(layout.months[0]!.col).toBe(0);
    // Oct 1 2026 is a Thursday: its label sits over the week from Mon Sep 28.
    const oct = layout.months[1]!;
    expect(layout.cells.find((c) => c.col === oct.col && c.row === 0)!.day).toBe('2026-09-28');
    expect(layout.cells.find((c) => c.day === '2026-12-01')!.col).toBe(layout.months[3]!.col);
    for (let i = 1; i < layout.months.length; i++) expect(layout.months[i]!.col - layout.months[i - 1]!.col).toBeGreaterThanOrEqual(3);
  });

  it('drops a crowded first label so the current month is always named', () => {
    // Starts on Sat 2026-11-28: November gets one column before December begins.
    const layout = heatmapLayout(days('2026-11-28', 10), 1);
    expect(layout.months).toEqual([{ col: 1, month: 12, year: 2026 }]);
    // Two weeks of November, then December 1 in the last column: December wins.
    const short = heatmapLayout(days('2026-11-16', 16), 1);
    expect(short.months).toEqual([{ col: 2, month: 12, year: 2026 }]);
    // With room for both, both stay.
    expect(heatmapLayout(days('2026-11-02', 30), 1).months.map((m) => m.month)).toEqual([11, 12]);
  });

  it('counts the totals and the busiest day', () => {
    const layout = heatmapLayout(days('2026-11-01', 30, (i) => (i % 3 === 0 ? i : 0)));
    expect(layout.max).toBe(27);
    expect(layout.activeDays).toBe(9); // days 3, 6, …, 27 (day 0 has a count of 0)
    expect(layout.total).toBe(3 + 6 + 9 + 12 + 15 + 18 + 21 + 24 + 27);
  });
});

describe('heatmap shades', () => {
  it('gives no reviews shade 0 and splits the rest into four equal steps of the busiest day', () => {
    expect(level(0, 10)).toBe(0);
    expect([1, 2, 3, 5, 6, 8, 10].map((c) => level(c, 10))).toEqual([1, 1, 2, 2, 3, 4, 4]);
    expect(level(1, 1)).toBe(4);
  });

  it('states the counts each shade stands for, leaving out shades no count reaches', () => {
    expect(levelRanges(10)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 5 },
      { level: 3, from: 6, to: 7 },
      { level: 4, from: 8, to: 10 },
    ]);
    expect(levelRanges(1)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 4, from: 1, to: 1 },
    ]);
    for (const max of [1, 2, 3, 7, 10, 33]) {
      for (const r of levelRanges(max)) for (let c = r.from; c <= r.to; c++) expect(level(c, max)).toBe(r.level);
    }
  });
});
