/**
 * SM-2 as Wozniak published it (SuperMemo 2, 1990), plus the bookkeeping a
 * flashcard app needs around it (due day, lapses, leeches, bury, suspend).
 * Pure: the same state, grade, instant and options always give the same result.
 * The readings of the ambiguous points are in ./README.md.
 */
import { dayKey, dueDate, nextDayStart, DEFAULT_ROLLOVER_HOUR } from './day';
import { applyFuzz } from './fuzz';
import { scheduleLearning, type LearningSteps } from './learning';

/** A graded answer on SuperMemo's 0-5 quality scale (0 blackout ... 5 perfect). */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

/** A card's scheduling state. Instants are `Date`s (Prisma `DateTime`); they are never mutated. */
export interface CardState {
  /** E-Factor, >= 1.3, kept to hundredths (every SM-2 step is a multiple of 0.02). */
  ef: number;
  /** The interval last scheduled, in days (0 before the first review). */
  interval: number;
  /** n in I(n): repetitions in the current run; 0 = never reviewed, a failure restarts it at 1. */
  repetitions: number;
  /** Start of the learning day the card is next due (see day.ts `dueDate`). */
  due: Date;
  /** When the card was last graded (scheduled review or same-day repeat); null = new. */
  lastReview: Date | null;
  /** Failures (grade < 3) of a card that had been reviewed before. */
  lapses: number;
  /** Scored below 4 today: repeat it today until it scores >= 4 (SM-2 step 7). */
  repeatToday: boolean;
  suspended: boolean;
  /** Hidden from the queue until this instant (the next day's rollover). */
  buriedUntil: Date | null;
  /** Lapsed `leechThreshold` times or more: the card probably needs rewriting. */
  leech: boolean;
  /** Learning-steps mode (learning.ts): the index of the step the card waits on; null = not in a step. */
  learningStep: number | null;
  /** The exact instant a card in a learning step comes back (`due` is that instant's learning day). */
  stepDue: Date | null;
}

export interface ScheduleOptions {
  /** The learner's IANA time zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Local hour the learning day starts (default 4). */
  rolloverHour?: number;
  /** Off by default. With a seed, intervals >= 3 days move by up to ±5% (at least ±1 day); see fuzz.ts. */
  fuzz?: { seed: string | number } | false;
  /** Lapses at which a card becomes a leech (default 8). */
  leechThreshold?: number;
  /** 'tag' (default) only sets `leech`; 'suspend' also suspends it, again every half threshold after. */
  leechAction?: 'tag' | 'suspend';
  /** Off (SM-2 as published) by default. Anki-style learning steps for new and failed cards; see learning.ts. */
  learning?: LearningSteps | false;
}

export const INITIAL_EF = 2.5;
export const MIN_EF = 1.3;
export const DEFAULT_LEECH_THRESHOLD = 8;

/** The state of a card never reviewed: due now, EF 2.5. */
export function newCardState(now: Date): CardState {
  return {
    ef: INITIAL_EF,
    interval: 0,
    repetitions: 0,
    due: now,
    lastReview: null,
    lapses: 0,
    repeatToday: false,
    suspended: false,
    buriedUntil: null,
    leech: false,
    learningStep: null,
    stepDue: null,
  };
}

/** EF' = EF + (0.1 − (5−q)·(0.08 + (5−q)·0.02)), floored at 1.3; computed in hundredths so no float drift. */
export function nextEf(ef: number, grade: Grade): number {
  const d = 5 - grade;
  // 0.1 − d(0.08 + 0.02d) in hundredths: 10 − d(8 + 2d).
  const hundredths = Math.round(ef * 100) + 10 - d * (8 + 2 * d);
  return Math.max(MIN_EF * 100, hundredths) / 100;
}

/** I(1) = 1, I(2) = 6, I(n) = ceil(I(n−1)·EF) for n > 2 (EF to hundredths, integer arithmetic). */
export function nextInterval(repetitions: number, previousInterval: number, ef: number): number {
  if (repetitions <= 1) return 1;
  if (repetitions === 2) return 6;
  return Math.ceil((previousInterval * Math.round(ef * 100)) / 100);
}

/**
 * Whether grading now is a same-day repeat: the card scored below 4 earlier in
 * the current learning day and has not yet scored >= 4. Such a grade does not
 * touch EF, interval, repetitions or due; it only ends the repeats once >= 4.
 */
export function isSameDayRepeat(state: CardState | null, now: Date, options: ScheduleOptions): boolean {
  if (!state || !state.repeatToday || !state.lastReview) return false;
  const rollover = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  return dayKey(state.lastReview, options.timeZone, rollover) === dayKey(now, options.timeZone, rollover);
}

function isLeechTrigger(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false;
  return (lapses - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}

/**
 * Grade a card and return its next state (the input is not modified).
 *
 * - grade >= 3: repetitions n += 1, EF' computed, then I(n) = ceil(I(n−1)·EF') with the
 *   *updated* EF: the text modifies the E-Factor "after each repetition", and I(n) is the
 *   interval after the n-th repetition, decided once that repetition (and its grade) is in.
 *   5,5,5,5 → EF 2.6, 2.7, 2.8, 2.9 and I = 1, 6, 17, 50 (the old-EF reading gives 1, 6, 17, 48).
 * - grade < 3: EF unchanged ("without changing the E-Factor"); the run restarts as if the item
 *   were memorised anew: n = 1, interval I(1) = 1 day, so the next success gets I(2) = 6.
 *   A lapse if the card had been answered before.
 * - grade < 4 (either case): `repeatToday` is set; see `isSameDayRepeat`.
 * - Due = start of learning day today + interval (fuzzed if `options.fuzz`).
 */
export function schedule(state: CardState | null, grade: Grade, now: Date, options: ScheduleOptions): CardState {
  if (!Number.isInteger(grade) || grade < 0 || grade > 5) throw new RangeError(`grade must be 0-5, got ${grade}`);
  if (options.learning) return scheduleLearning(state, grade, now, options, options.learning);
  const prev = state ?? newCardState(now);
  if (isSameDayRepeat(prev, now, options)) {
    return { ...prev, lastReview: now, repeatToday: grade < 4 };
  }
  return scheduleRepetition(prev, grade, now, options);
}

/**
 * One scheduled SM-2 repetition (no same-day drill check): EF, I(n), due, lapses and leeches.
 * Leaves any learning step (a card answered here is out of its steps). Learning-steps mode
 * reuses it for graduated cards.
 */
export function scheduleRepetition(prev: CardState, grade: Grade, now: Date, options: ScheduleOptions): CardState {
  const rollover = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const passed = grade >= 3;
  const repetitions = passed ? prev.repetitions + 1 : 1;
  const ef = passed ? nextEf(prev.ef, grade) : prev.ef;
  const base = nextInterval(repetitions, prev.interval, ef);
  const interval = options.fuzz ? applyFuzz(base, options.fuzz.seed) : base;
  const lapsed = !passed && prev.lastReview !== null;
  const lapses = prev.lapses + (lapsed ? 1 : 0);
  const threshold = options.leechThreshold ?? DEFAULT_LEECH_THRESHOLD;
  const trigger = lapsed && isLeechTrigger(lapses, threshold);
  return {
    ...prev,
    ef,
    interval,
    repetitions,
    due: dueDate(now, interval, options.timeZone, rollover),
    lastReview: now,
    lapses,
    repeatToday: grade < 4,
    leech: prev.leech || lapses >= threshold,
    suspended: prev.suspended || (trigger && options.leechAction === 'suspend'),
    learningStep: null,
    stepDue: null,
  };
}

/** Hide the card until the next learning day starts. */
export function bury(state: CardState, now: Date, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): CardState {
  return { ...state, buriedUntil: nextDayStart(now, timeZone, rolloverHour) };
}

/** Show a buried card again now. */
export function unbury(state: CardState): CardState {
  return { ...state, buriedUntil: null };
}

/** Whether the card is buried at `now`. */
export function isBuried(state: CardState, now: Date): boolean {
  return state.buriedUntil !== null && state.buriedUntil.getTime() > now.getTime();
}

/** Take the card out of every queue until unsuspended; its schedule is kept. */
export function suspend(state: CardState): CardState {
  return { ...state, suspended: true };
}

/** Put a suspended card back; it is due as before (at once, if that is past). */
export function unsuspend(state: CardState): CardState {
  return { ...state, suspended: false };
}
