import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFuzz, fuzzRange } from './fuzz';
import { schedule, type CardState, type Grade, type ScheduleOptions } from './sm2';

const zones = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const grade = fc.integer({ min: 0, max: 5 }).map((g) => g as Grade);
const passing = fc.integer({ min: 3, max: 5 }).map((g) => g as Grade);
const start = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true });
/** Hours after the due instant at which the next answer is given (never the same learning day). */
const delay = fc.integer({ min: 0, max: 24 * 40 });
const answers = (g: fc.Arbitrary<Grade>) => fc.array(fc.tuple(g, delay), { minLength: 1, maxLength: 30 });

function replay(seq: [Grade, number][], now: Date, options: ScheduleOptions): CardState[] {
  let state: CardState | null = null;
  const out: CardState[] = [];
  for (const [g, hours] of seq) {
    state = schedule(state, g, now, options);
    out.push(state);
    now = new Date(state.due.getTime() + hours * 3_600_000);
  }
  return out;
}

describe('SM-2 properties', () => {
  it('EF never falls below 1.3', () => {
    fc.assert(
      fc.property(answers(grade), start, fc.constantFrom(...zones), (seq, now, timeZone) => {
        for (const s of replay(seq, now, { timeZone })) expect(s.ef).toBeGreaterThanOrEqual(1.3);
      }),
    );
  });

  it('under grades >= 3 intervals never shrink, and strictly grow after the second repetition', () => {
    fc.assert(
      fc.property(answers(passing), start, (seq, now) => {
        const states = replay(seq, now, { timeZone: 'UTC' });
        states.forEach((s, i) => {
          expect(s.repetitions).toBe(i + 1);
          const prev = states[i - 1];
          if (prev) expect(s.interval).toBeGreaterThanOrEqual(prev.interval);
          if (prev && i >= 2) expect(s.interval).toBeGreaterThan(prev.interval);
        });
      }),
    );
  });

  it('any grade < 3 restarts the run: repetitions 1, interval 1 day, EF unchanged', () => {
    fc.assert(
      fc.property(answers(grade), fc.integer({ min: 0, max: 2 }), start, (seq, fail, now) => {
        const states = replay(seq, now, { timeZone: 'UTC' });
        const last = states[states.length - 1] as CardState;
        const later = new Date(last.due.getTime() + 3_600_000);
        const next = schedule(last, fail as Grade, later, { timeZone: 'UTC' });
        expect(next).toMatchObject({ repetitions: 1, interval: 1, ef: last.ef, lapses: last.lapses + 1 });
      }),
    );
  });

  it('is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(answers(grade), grade, start, fc.constantFrom(...zones), fc.string(), (seq, g, now, timeZone, seed) => {
        const options = { timeZone, fuzz: { seed } };
        const state = replay(seq, now, options).at(-1) as CardState;
        const copy = structuredClone(state);
        const when = new Date(state.due.getTime() + 3_600_000);
        expect(schedule(state, g, when, options)).toEqual(schedule(state, g, when, options));
        expect(state).toEqual(copy);
      }),
    );
  });

  it('same-day repeats never change EF, interval, repetitions or due', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.array(grade, { maxLength: 6 }), start, (first, repeats, now) => {
        const s0 = schedule(null, first as Grade, now, { timeZone: 'UTC' });
        let s = s0;
        for (const g of repeats) {
          if (!s.repeatToday) break;
          s = schedule(s, g, now, { timeZone: 'UTC' });
          expect(s).toMatchObject({ ef: s0.ef, interval: s0.interval, repetitions: s0.repetitions, due: s0.due, lapses: s0.lapses });
        }
      }),
    );
  });

  it('fuzz stays within ±max(1, round(5%)) days, and never touches intervals under 3 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.oneof(fc.string(), fc.integer()), (interval, seed) => {
        const fuzzed = applyFuzz(interval, seed);
        expect(Number.isInteger(fuzzed)).toBe(true);
        if (interval < 3) expect(fuzzed).toBe(interval);
        else {
          expect(fuzzRange(interval)).toBe(Math.max(1, Math.round(interval * 0.05)));
          expect(Math.abs(fuzzed - interval)).toBeLessThanOrEqual(fuzzRange(interval));
        }
      }),
    );
  });

  it('schedule with fuzz differs from the unfuzzed interval by at most the fuzz range', () => {
    fc.assert(
      fc.property(answers(passing), fc.string(), start, (seq, seed, now) => {
        const state = replay(seq, now, { timeZone: 'UTC' }).at(-1) as CardState;
        const when = new Date(state.due.getTime() + 3_600_000);
        const plain = schedule(state, 4, when, { timeZone: 'UTC' });
        const fuzzed = schedule(state, 4, when, { timeZone: 'UTC', fuzz: { seed } });
        expect(Math.abs(fuzzed.interval - plain.interval)).toBeLessThanOrEqual(fuzzRange(plain.interval));
      }),
    );
  });

  it('fuzz spreads intervals over the whole range', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, i) => applyFuzz(100, `card-${i}`)));
    expect([...seen].sort((a, b) => a - b)).toEqual([95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105]);
  });
});
