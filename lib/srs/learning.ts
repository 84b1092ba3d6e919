/**
 * Learning steps, the Anki-style mode (off by default; SM-2 as published is the default).
 * New and failed cards go through short steps in minutes before their first interval in
 * days; graduated cards follow SM-2 (sm2.ts `scheduleRepetition`), without same-day drills.
 * The readings and the golden table are in ./README.md ("Learning steps").
 */
import { dueDate, DEFAULT_ROLLOVER_HOUR } from './day';
import { applyFuzz } from './fuzz';
import { newCardState, scheduleRepetition, type CardState, type Grade, type ScheduleOptions } from './sm2';

export interface LearningSteps {
  /** Minutes of each step of a new card, e.g. [1, 10]; at least one. */
  newSteps: readonly number[];
  /** Minutes of each step after a lapse, e.g. [10]; empty = straight to the 1-day interval. */
  relearnSteps: readonly number[];
  /** Days: a new card leaving its last step with Good (default 1). */
  graduatingInterval: number;
  /** Days: a new card taken out of its steps by Easy (default 4). */
  easyInterval: number;
}

/** Anki's defaults. */
export const DEFAULT_LEARNING_STEPS: Readonly<LearningSteps> = {
  newSteps: [1, 10],
  relearnSteps: [10],
  graduatingInterval: 1,
  easyInterval: 4,
};

/** A graduating interval above SM-2's I(2) = 6 days would shrink at the next success. */
export const MAX_GRADUATING_INTERVAL = 6;
export const MAX_STEP_MINUTES = 1440;
export const MAX_STEPS = 10;

/**
 * Steps as the learner writes them ("1m 10m", "1h", "30"; a bare number is minutes), in minutes.
 * Null when a step is not a whole number of minutes, hours or days from 1 minute to 1 day,
 * or there are more than MAX_STEPS.
 */
export function parseSteps(text: string): number[] | null {
  const parts = text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (parts.length > MAX_STEPS) return null;
  const out: number[] = [];
  for (const part of parts) {
    const m = /^(\d{1,4})(m|h|d)?$/i.exec(part);
    if (!m) return null;
    const unit = (m[2] ?? 'm').toLowerCase();
    const minutes = Number(m[1]) * (unit === 'd' ? 1440 : unit === 'h' ? 60 : 1);
    if (minutes < 1 || minutes > MAX_STEP_MINUTES) return null;
    out.push(minutes);
  }
  return out;
}

/** The canonical text of steps: "1m 10m", "1h", "1d". */
export function formatSteps(steps: readonly number[]): string {
  return steps.map((m) => (m % 1440 === 0 ? `${m / 1440}d` : m % 60 === 0 ? `${m / 60}h` : `${m}m`)).join(' ');
}

/** Hard: on the first step the mean of the first two (or 1.5×, at most a day more, if only one); later it repeats the step. */
function hardDelay(steps: readonly number[], index: number): number {
  const current = steps[index]!;
  if (index > 0) return current;
  const second = steps[1];
  return second === undefined ? Math.min(current * 1.5, current + 1440) : (current + second) / 2;
}

/** In step `index` of `steps`, back in `minutes`: `due` is the learning day of that instant. */
function inStep(card: CardState, index: number, minutes: number, now: Date, options: ScheduleOptions): CardState {
  const stepDue = new Date(now.getTime() + Math.round(minutes * 60_000));
  const rollover = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  return {
    ...card,
    learningStep: index,
    stepDue,
    due: dueDate(stepDue, 0, options.timeZone, rollover),
    lastReview: now,
    repeatToday: false,
  };
}

/**
 * `schedule` in learning-steps mode. A card is in its steps while new (never answered)
 * or while `learningStep` is set; `repetitions` 0 means the new-card steps, otherwise the
 * relearning steps after a lapse. In a step (grades map as on four buttons: < 3 Again,
 * 3 Hard, 4 Good, 5 Easy):
 * - Again: back to the first step;
 * - Hard: stays on its step (first step: mean of the first two);
 * - Good: the next step, or graduates after the last;
 * - Easy: graduates at once.
 * A new card graduates with `graduatingInterval` as I(1) (Easy: `easyInterval` as I(2));
 * a relearning card with the 1-day interval its lapse set. EF never changes in a step.
 * A graduated card follows SM-2; a failure is a lapse (EF kept, n = 1, I = 1) and enters
 * the relearning steps. No same-day drills: the steps replace SM-2's step 6.
 */
export function scheduleLearning(
  state: CardState | null,
  grade: Grade,
  now: Date,
  options: ScheduleOptions,
  learning: LearningSteps,
): CardState {
  const prev = state ?? newCardState(now);
  const rollover = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const fuzz = (days: number) => (options.fuzz ? applyFuzz(days, options.fuzz.seed) : days);
  if (prev.lastReview !== null && prev.learningStep === null) {
    const next = { ...scheduleRepetition(prev, grade, now, options), repeatToday: false };
    const first = learning.relearnSteps[0];
    return grade < 3 && first !== undefined ? inStep(next, 0, first, now, options) : next;
  }
  const relearning = prev.repetitions > 0;
  const steps = relearning ? learning.relearnSteps : learning.newSteps;
  // Steps changed in Settings since: stay within the new list.
  const index = Math.min(prev.learningStep ?? 0, steps.length - 1);
  if (index >= 0 && grade < 3) return inStep(prev, 0, steps[0]!, now, options);
  if (index >= 0 && grade === 3) return inStep(prev, index, hardDelay(steps, index), now, options);
  if (index >= 0 && grade === 4 && index + 1 < steps.length) return inStep(prev, index + 1, steps[index + 1]!, now, options);
  const easy = grade === 5 && !relearning;
  const interval = relearning ? Math.max(1, prev.interval) : fuzz(easy ? learning.easyInterval : learning.graduatingInterval);
  return {
    ...prev,
    interval,
    // The next success is SM-2's next repetition: I(2) = 6 after graduating, ⌈I·EF⌉ after Easy.
    repetitions: relearning ? Math.max(1, prev.repetitions) : easy ? 2 : 1,
    due: dueDate(now, interval, options.timeZone, rollover),
    lastReview: now,
    repeatToday: false,
    learningStep: null,
    stepDue: null,
  };
}

/** A learner's scheduling preferences as stored (steps as text, e.g. "1m 10m"). */
export interface LearningPrefs {
  scheduler: 'sm2' | 'steps';
  newSteps: string;
  relearnSteps: string;
  graduatingInterval: number;
  easyInterval: number;
}

/** `ScheduleOptions.learning` for a learner: false for SM-2; steps that do not parse fall back to the defaults. */
export function learningOptions(prefs: LearningPrefs): LearningSteps | false {
  if (prefs.scheduler !== 'steps') return false;
  const newSteps = parseSteps(prefs.newSteps);
  const relearnSteps = parseSteps(prefs.relearnSteps);
  return {
    newSteps: newSteps?.length ? newSteps : DEFAULT_LEARNING_STEPS.newSteps,
    relearnSteps: relearnSteps ?? DEFAULT_LEARNING_STEPS.relearnSteps,
    graduatingInterval: prefs.graduatingInterval,
    easyInterval: prefs.easyInterval,
  };
}
