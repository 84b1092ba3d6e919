import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewIntervals } from './grades';
import { DEFAULT_LEARNING_STEPS, formatSteps, learningOptions, parseSteps } from './learning';
import { schedule, type CardState, type Grade, type ScheduleOptions } from './sm2';

const steps: ScheduleOptions = { timeZone: 'UTC', rolloverHour: 4, learning: DEFAULT_LEARNING_STEPS };
const iso = (d: Date | null) => d?.toISOString() ?? null;

// The golden table of lib/srs/README.md ("Learning steps"): one card, default steps, UTC, rollover 04:00.
const GOLDEN: {
  at: string;
  grade: Grade;
  step: number | null;
  back: string | null;
  due: string;
  interval: number;
  repetitions: number;
  ef: number;
  lapses: number;
}[] = [
  {
    at: '2026-03-02T10:00:00Z',
    grade: 4,
    step: 1,
    back: '2026-03-02T10:10:00.000Z',
    due: '2026-03-02',
    interval: 0,
    repetitions: 0,
    ef: 2.5,
    lapses: 0,
  },
  {
    at: '2026-03-02T10:10:00Z',
    grade: 1,
    step: 0,
    back: '2026-03-02T10:11:00.000Z',
    due: '2026-03-02',
    interval: 0,
    repetitions: 0,
    ef: 2.5,
    lapses: 0,
  },
  {
    at: '2026-03-02T10:11:00Z',
    grade: 3,
    step: 0,
    back: '2026-03-02T10:16:30.000Z',
    due: '2026-03-02',
    interval: 0,
    repetitions: 0,
    ef: 2.5,
    lapses: 0,
  },
  {
    at: '2026-03-02T10:17:00Z',
    grade: 4,
    step: 1,
    back: '2026-03-02T10:27:00.000Z',
    due: '2026-03-02',
    interval: 0,
    repetitions: 0,
    ef: 2.5,
    lapses: 0,
  },
  { at: '2026-03-02T10:27:00Z', grade: 4, step: null, back: null, due: '2026-03-03', interval: 1, repetitions: 1, ef: 2.5, lapses: 0 },
  { at: '2026-03-03T09:00:00Z', grade: 4, step: null, back: null, due: '2026-03-09', interval: 6, repetitions: 2, ef: 2.5, lapses: 0 },
  { at: '2026-03-09T09:00:00Z', grade: 3, step: null, back: null, due: '2026-03-24', interval: 15, repetitions: 3, ef: 2.36, lapses: 0 },
  {
    at: '2026-03-24T09:00:00Z',
    grade: 1,
    step: 0,
    back: '2026-03-24T09:10:00.000Z',
    due: '2026-03-24',
    interval: 1,
    repetitions: 1,
    ef: 2.36,
    lapses: 1,
  },
  { at: '2026-03-24T09:10:00Z', grade: 4, step: null, back: null, due: '2026-03-25', interval: 1, repetitions: 1, ef: 2.36, lapses: 1 },
  { at: '2026-03-25T09:00:00Z', grade: 4, step: null, back: null, due: '2026-03-31', interval: 6, repetitions: 2, ef: 2.36, lapses: 1 },
];

describe('learning steps: the golden table', () => {
  it('walks one card through its steps, graduation, a lapse and relearning exactly as documented', () => {
    let state: CardState | null = null;
    for (const row of GOLDEN) {
      state = schedule(state, row.grade, new Date(row.at), steps);
      expect({
        at: row.at,
        step: state.learningStep,
        back: iso(state.stepDue),
        due: iso(state.due),
        interval: state.interval,
        repetitions: state.repetitions,
        ef: state.ef,
        lapses: state.lapses,
        repeatToday: state.repeatToday,
      }).toEqual({ ...row, grade: undefined, due: `${row.due}T04:00:00.000Z`, repeatToday: false, at: row.at });
    }
  });

  it('Easy takes a new card out at once with the easy interval; the next Good is ⌈4·EF⌉ = 10 days', () => {
    const easy = schedule(null, 5, new Date('2026-03-02T10:00:00Z'), steps);
    expect(easy).toMatchObject({ learningStep: null, stepDue: null, interval: 4, repetitions: 2, ef: 2.5 });
    expect(iso(easy.due)).toBe('2026-03-06T04:00:00.000Z');
    expect(schedule(easy, 4, new Date('2026-03-06T09:00:00Z'), steps).interval).toBe(10);
  });

  it('shows four different intervals on a new card: 1 min, 6 min, 10 min, 4 days', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const labels = previewIntervals(null, now, { ...steps, scale: 'four' }).map((p) => p.label);
    expect(labels).toEqual(['1m', '6m', '10m', '4d']);
    // SM-2 as published, the default, still says 1 day on every button.
    expect(previewIntervals(null, now, { timeZone: 'UTC', scale: 'four' }).map((p) => p.label)).toEqual(['1d', '1d', '1d', '1d']);
  });

  it('previews the relearning step on a failed review, and never marks a step "again today"', () => {
    const reviewed = schedule(schedule(null, 5, new Date('2026-03-02T10:00:00Z'), steps), 4, new Date('2026-03-06T09:00:00Z'), steps);
    const p = previewIntervals(reviewed, new Date('2026-03-16T09:00:00Z'), { ...steps, scale: 'four' });
    expect(p.map((b) => b.label)).toEqual(['10m', '24d', '25d', '26d']);
    expect(p.every((b) => !b.repeatToday)).toBe(true);
  });

  it('a single relearning step: Hard waits 1.5× it; steps changed in Settings are clamped', () => {
    const lapsed: CardState = {
      ...schedule(null, 5, new Date('2026-03-02T10:00:00Z'), steps),
      learningStep: 4,
      stepDue: new Date('2026-03-06T09:00:00Z'),
      repetitions: 1,
    };
    const hard = schedule(lapsed, 3, new Date('2026-03-06T09:00:00Z'), steps);
    expect(hard.learningStep).toBe(0);
    expect(iso(hard.stepDue)).toBe('2026-03-06T09:15:00.000Z');
  });

  it('a step that ends after the rollover belongs to the next learning day', () => {
    const late = schedule(null, 4, new Date('2026-03-03T03:55:00Z'), steps);
    expect(iso(late.stepDue)).toBe('2026-03-03T04:05:00.000Z');
    expect(iso(late.due)).toBe('2026-03-03T04:00:00.000Z');
  });

  it('SM-2 mode takes a card out of its steps (switching modes keeps cards answerable)', () => {
    const inStep = schedule(null, 4, new Date('2026-03-02T10:00:00Z'), steps);
    const sm2 = schedule(inStep, 4, new Date('2026-03-02T10:20:00Z'), { timeZone: 'UTC' });
    expect(sm2).toMatchObject({ learningStep: null, stepDue: null, interval: 1, repetitions: 1 });
  });

  it('never changes EF in a step, and a stepped card always comes back later than now', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Grade>(0, 1, 2, 3, 4, 5), { minLength: 1, maxLength: 12 }), (grades) => {
        let state: CardState | null = null;
        let t = Date.parse('2026-03-02T10:00:00Z');
        for (const g of grades) {
          const before: CardState | null = state;
          state = schedule(state, g, new Date(t), steps);
          if (state.learningStep !== null) {
            expect(state.stepDue!.getTime()).toBeGreaterThan(t);
            if (before === null || before.learningStep !== null) expect(state.ef).toBe(before?.ef ?? 2.5);
            t = state.stepDue!.getTime();
          } else t = state.due.getTime() + 3_600_000;
        }
      }),
    );
  });
});

describe('steps as text', () => {
  it('reads minutes, hours and days, and writes them back canonically', () => {
    expect(parseSteps('1m 10m')).toEqual([1, 10]);
    expect(parseSteps(' 30, 1h  1d ')).toEqual([30, 60, 1440]);
    expect(parseSteps('')).toEqual([]);
    expect(formatSteps([1, 10, 60, 1440, 90])).toBe('1m 10m 1h 1d 90m');
  });
  it('refuses what is not a whole step from 1 minute to 1 day, or more than 10 steps', () => {
    for (const bad of ['0m', '2d', '1.5m', '10s', 'ten', '1m -5m', Array(11).fill('1m').join(' ')]) expect(parseSteps(bad)).toBeNull();
  });
  it('maps a learner’s preferences to options: SM-2 is off, bad stored steps fall back to the defaults', () => {
    const prefs = { scheduler: 'steps' as const, newSteps: '2m 20m', relearnSteps: '', graduatingInterval: 2, easyInterval: 5 };
    expect(learningOptions(prefs)).toEqual({ newSteps: [2, 20], relearnSteps: [], graduatingInterval: 2, easyInterval: 5 });
    expect(learningOptions({ ...prefs, scheduler: 'sm2' })).toBe(false);
    expect(learningOptions({ ...prefs, newSteps: 'x' })).toMatchObject({ newSteps: [1, 10] });
  });
});
