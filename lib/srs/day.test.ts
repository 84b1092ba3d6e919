import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, dueDate, nextDayStart, startOfDay } from './day';

const at = (iso: string) => new Date(iso);
const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe('dayKey', () => {
  it('03:30 local belongs to the previous learning day, 04:00 starts a new one', () => {
    // Shanghai is UTC+8 all year: 03:30 local = 19:30Z the day before.
    expect(dayKey(at('2026-05-09T19:30:00Z'), 'Asia/Shanghai')).toBe('2026-05-09');
    expect(dayKey(at('2026-05-09T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-05-10');
    expect(dayKey(at('2026-05-09T19:30:00Z'), 'Asia/Shanghai', 0)).toBe('2026-05-10');
  });

  it('handles half-hour offsets (Asia/Kolkata, UTC+5:30)', () => {
    expect(dayKey(at('2026-01-14T22:29:00Z'), 'Asia/Kolkata')).toBe('2026-01-14'); // 03:59 IST
    expect(dayKey(at('2026-01-14T22:30:00Z'), 'Asia/Kolkata')).toBe('2026-01-15'); // 04:00 IST
  });

  it('uses the wall clock across the New York spring-forward (2026-03-08, 02:00 EST → 03:00 EDT)', () => {
    expect(dayKey(at('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-07'); // 03:30 EDT
    expect(dayKey(at('2026-03-08T08:00:00Z'), 'America/New_York')).toBe('2026-03-08'); // 04:00 EDT
  });

  it('crosses month and year ends', () => {
    expect(dayKey(at('2026-01-01T03:00:00Z'), 'UTC')).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-30', '2025-03-01')).toBe(61);
  });

  it('rejects a bad zone, rollover or key', () => {
    expect(() => dayKey(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => dayKey(new Date(), 'UTC', 24)).toThrow(RangeError);
    expect(() => startOfDay('2026-1-5', 'UTC')).toThrow(RangeError);
  });
});

describe('startOfDay and nextDayStart', () => {
  it('New York: the learning day of the spring-forward is 23 h long, fall-back 25 h', () => {
    expect(startOfDay('2026-03-08', 'America/New_York')).toEqual(at('2026-03-08T08:00:00Z')); // 04:00 EDT
    expect(hours(startOfDay('2026-03-07', 'America/New_York'), startOfDay('2026-03-08', 'America/New_York'))).toBe(23);
    expect(hours(startOfDay('2026-10-31', 'America/New_York'), startOfDay('2026-11-01', 'America/New_York'))).toBe(25);
  });

  it('a rollover inside a DST gap resolves to the end of the gap; a repeated hour to its first occurrence', () => {
    expect(startOfDay('2026-03-08', 'America/New_York', 2)).toEqual(at('2026-03-08T07:00:00Z')); // 03:00 EDT
    expect(startOfDay('2026-11-01', 'America/New_York', 1)).toEqual(at('2026-11-01T05:00:00Z')); // first 01:00 (EDT)
  });

  it('Lord Howe: 30-minute DST shift (+10:30 → +11 on 2026-10-04 at 02:00)', () => {
    expect(startOfDay('2026-10-03', 'Australia/Lord_Howe')).toEqual(at('2026-10-02T17:30:00Z'));
    expect(startOfDay('2026-10-04', 'Australia/Lord_Howe')).toEqual(at('2026-10-03T17:00:00Z'));
    expect(startOfDay('2026-10-04', 'Australia/Lord_Howe', 2)).toEqual(at('2026-10-03T15:30:00Z')); // 02:30 LHDT
  });

  it('Shanghai and Kolkata', () => {
    expect(startOfDay('2026-01-15', 'Asia/Shanghai')).toEqual(at('2026-01-14T20:00:00Z'));
    expect(startOfDay('2026-01-15', 'Asia/Kolkata')).toEqual(at('2026-01-14T22:30:00Z'));
    expect(nextDayStart(at('2026-01-15T19:59:00Z'), 'Asia/Shanghai')).toEqual(at('2026-01-15T20:00:00Z'));
    expect(nextDayStart(at('2026-01-15T20:00:00Z'), 'Asia/Shanghai')).toEqual(at('2026-01-16T20:00:00Z'));
  });

  it('a card due "in 1 day" is due at the next rollover, even late at night', () => {
    const lateNight = at('2026-03-08T03:00:00Z'); // 22:00 EST on 03-07
    expect(dueDate(lateNight, 1, 'America/New_York')).toEqual(at('2026-03-08T08:00:00Z'));
    const early = at('2026-03-08T07:30:00Z'); // 03:30 EDT: still the learning day of 03-07
    expect(dueDate(early, 1, 'America/New_York')).toEqual(at('2026-03-08T08:00:00Z'));
  });

  it('round-trips and orders for any day, zone and rollover', () => {
    const zones = ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Shanghai', 'Europe/London', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * 366 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (offset, tz, rollover) => {
          const key = addDays('2000-01-01', offset);
          const start = startOfDay(key, tz, rollover);
          expect(dayKey(start, tz, rollover)).toBe(key);
          expect(dayKey(new Date(start.getTime() - 1), tz, rollover)).toBe(addDays(key, -1));
          const next = startOfDay(addDays(key, 1), tz, rollover);
          expect(nextDayStart(start, tz, rollover)).toEqual(next);
          expect(hours(start, next)).toBeGreaterThanOrEqual(22);
          expect(hours(start, next)).toBeLessThanOrEqual(26);
        },
      ),
    );
  });
});
