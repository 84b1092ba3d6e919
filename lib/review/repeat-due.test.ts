import { describe, expect, it } from 'vitest';
import { REPEAT_DELAY_MINUTES } from '@/lib/srs';
import { repeatDueAt } from './repeat-due';

const state = (over: Partial<{ repeatToday: boolean; lastReview: string | null; suspended: boolean }> = {}) => ({
  repeatToday: true,
  lastReview: '2026-01-01T10:00:00.000Z',
  suspended: false,
  ...over,
});

describe('repeatDueAt', () => {
  it('is the last answer plus the server’s repeat delay when the scheduler gives no due time', () => {
    expect(REPEAT_DELAY_MINUTES).toBe(10);
    expect(repeatDueAt(state())).toBe(Date.parse('2026-01-01T10:10:00.000Z'));
    expect(repeatDueAt(state(), undefined, 1)).toBe(Date.parse('2026-01-01T10:01:00.000Z'));
  });
  it('takes an explicit due time (learning steps) over the derived one, ignoring a bad one', () => {
    expect(repeatDueAt(state(), '2026-01-01T10:01:00.000Z')).toBe(Date.parse('2026-01-01T10:01:00.000Z'));
    expect(repeatDueAt(state(), 'not a date')).toBe(Date.parse('2026-01-01T10:10:00.000Z'));
  });
  it('is null for a card that is not repeated today, is suspended, or was never answered', () => {
    expect(repeatDueAt(null)).toBeNull();
    expect(repeatDueAt(state({ repeatToday: false }))).toBeNull();
    expect(repeatDueAt(state({ suspended: true }))).toBeNull();
    expect(repeatDueAt(state({ lastReview: null }))).toBeNull();
  });
});
