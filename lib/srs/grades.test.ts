import { describe, expect, it } from 'vitest';
import { formatInterval, GRADE_BUTTONS, gradeForKey, gradeOnScale, intervalParts, previewIntervals } from './grades';
import { schedule, type CardState } from './sm2';

const timeZone = 'UTC';
const now = new Date('2026-01-15T12:00:00Z');

describe('grade buttons', () => {
  it('four buttons are q = 1/3/4/5 on keys 1-4; six are 0-5 on keys 0-5', () => {
    expect(GRADE_BUTTONS.four.map((b) => [b.key, b.grade])).toEqual([
      ['1', 1],
      ['2', 3],
      ['3', 4],
      ['4', 5],
    ]);
    expect(GRADE_BUTTONS.six.map((b) => [b.key, b.grade])).toEqual([0, 1, 2, 3, 4, 5].map((g) => [String(g), g]));
    expect(GRADE_BUTTONS.four.map((b) => b.labelKey)).toEqual([
      'review.grade.again',
      'review.grade.hard',
      'review.grade.good',
      'review.grade.easy',
    ]);
    expect(gradeForKey('four', '2')).toBe(3);
    expect(gradeForKey('four', '0')).toBeNull();
    expect(gradeForKey('six', '0')).toBe(0);
  });
});

describe('formatInterval', () => {
  it.each([
    [0, 'today'],
    [10 / 1440, '10m'],
    [0.25, '6h'],
    [1, '1d'],
    [6, '6d'],
    [29, '29d'],
    [45, '1.5mo'],
    [60, '2mo'],
    [438, '1.2y'],
    [730, '2y'],
  ])('%s days → %s', (days, label) => expect(formatInterval(days)).toBe(label));
});

describe('intervalParts', () => {
  it.each([
    [0, 0, 'today'],
    [10 / 1440, 10, 'min'],
    [0.25, 6, 'h'],
    [1, 1, 'd'],
    [45, 1.5, 'mo'],
    [438, 1.2, 'y'],
  ] as const)('%s days → %s %s', (days, value, unit) => expect(intervalParts(days)).toEqual({ value, unit }));
});

describe('gradeOnScale', () => {
  it('keeps a grade the layout has a button for', () => {
    for (const scale of ['four', 'six'] as const) for (const b of GRADE_BUTTONS[scale]) expect(gradeOnScale(scale, b.grade)).toBe(b.grade);
  });
  it('maps 0 and 2 to Again on four buttons, never to a passing grade', () => {
    expect(gradeOnScale('four', 0)).toBe(1);
    expect(gradeOnScale('four', 2)).toBe(1);
  });
  it('always names a button of the layout', () => {
    for (const scale of ['four', 'six'] as const)
      for (const g of [0, 1, 2, 3, 4, 5] as const) expect(GRADE_BUTTONS[scale].map((b) => b.grade)).toContain(gradeOnScale(scale, g));
  });
});

describe('previewIntervals', () => {
  it('shows what each button would schedule', () => {
    let s: CardState | null = null;
    let t = now;
    for (const g of [5, 5] as const) {
      s = schedule(s, g, t, { timeZone });
      t = new Date(s.due.getTime() + 3_600_000);
    }
    // EF 2.7, I(2) = 6. Again → 1d; Hard: EF 2.56, ceil(6·2.56 = 15.36) = 16; Good: ceil(6·2.7 = 16.2) = 17; Easy: ceil(6·2.8) = 17
    const p = previewIntervals(s, t, { timeZone });
    expect(p.map((b) => [b.label, b.repeatToday])).toEqual([
      ['1d', true],
      ['16d', true],
      ['17d', false],
      ['17d', false],
    ]);
  });

  it('for a new card on the six-button scale', () => {
    expect(previewIntervals(null, now, { timeZone, scale: 'six' }).map((b) => b.label)).toEqual(['1d', '1d', '1d', '1d', '1d', '1d']);
  });

  it('during same-day repeats: grade < 4 shows the repeat delay, >= 4 the days to the due day', () => {
    const failed = schedule(null, 1, now, { timeZone });
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(previewIntervals(failed, later, { timeZone }).map((b) => b.label)).toEqual(['10m', '10m', '1d', '1d']);
  });

  it('matches schedule with the same fuzz seed', () => {
    const s: CardState = {
      ...schedule(null, 4, now, { timeZone }),
      repetitions: 5,
      interval: 100,
      lastReview: new Date('2025-10-01T00:00:00Z'),
    };
    const options = { timeZone, fuzz: { seed: 'card-1:6' } };
    const good = previewIntervals(s, now, options)[2];
    expect(good?.days).toBe(schedule(s, 4, now, options).interval);
  });
});
