/**
 * A learner's progress on one assignment, from the review log and quiz attempts only:
 * nobody ticks a box. Pure (no database, React or Next): lib/db/assignments.ts loads the
 * rows, these functions decide. Dates are day keys (YYYY-MM-DD, lib/srs/day.ts), on each
 * learner's own clock: work counts from the start date's midnight (startInstant, or from when
 * the learner joined if later: countsFrom), and the assignment is due by the end of its due
 * day as a learning day (the rollover hour, as for reviews), so today and the days left are
 * learning days.
 */
import { addDays, daysBetween, startOfDay, type DayKey } from '@/lib/srs/day';
import { isPass } from '@/lib/srs/stats-summary';

export type AssignmentStatus = 'on-track' | 'behind' | 'overdue' | 'done';

/**
 * When an assignment starts on a learner's clock: its start date's midnight there. The start is
 * a calendar date: the rollover hour keeps a late-night session in the day before for
 * scheduling, but work done after midnight on the start date is on the start date.
 */
export const startInstant = (startDay: DayKey, timeZone: string): Date => startOfDay(startDay, timeZone, 0);

/** The moment a learner's work starts counting: the start, or when they (last) joined if that is later. */
export const countsFrom = (joinedAt: Date, start: Date): Date => (start > joinedAt ? start : joinedAt);

export interface MemberStart {
  userId: string;
  startDay: DayKey;
  /** countsFrom for this learner and start day. */
  from: Date;
}

/**
 * countsFrom for every learner and start day (each zone's start worked out once: a class
 * mostly shares a handful of clocks), in the learners' order, start day by start day.
 */
export function memberStarts(
  learners: readonly { userId: string; joinedAt: Date; timeZone: string }[],
  startDays: readonly DayKey[],
): MemberStart[] {
  const starts = new Map<string, Date>();
  const startOf = (day: DayKey, tz: string) => {
    const key = `${day} ${tz}`;
    return starts.get(key) ?? starts.set(key, startInstant(day, tz)).get(key)!;
  };
  return [...new Set(startDays)].flatMap((startDay) =>
    learners.map((l) => ({ userId: l.userId, startDay, from: countsFrom(l.joinedAt, startOf(startDay, l.timeZone)) })),
  );
}

/** Default targets: recall 80 % for a deck, a best score of 70 % for a quiz. */
export const DEFAULT_TARGET_RECALL = 0.8;
export const DEFAULT_TARGET_SCORE = 0.7;

/** The assignment's days as the learner lives them. */
export interface AssignmentDays {
  startDay: DayKey;
  dueDay: DayKey;
  today: DayKey;
}

/** One answer of the review log (undone answers already left out). */
export interface ReviewEvent {
  cardId: string;
  grade: number;
  at: Date;
  /** The learner's learning day of the answer. */
  dayKey: DayKey;
}

export interface DeckProgressInput extends AssignmentDays {
  /** The deck's live cards. */
  cardIds: readonly string[];
  /**
   * The learner's answers that count: on or after the start day and, for a class member,
   * since they joined. Answers to cards outside the deck are ignored.
   */
  reviews: readonly ReviewEvent[];
  /** 0..1. */
  targetRecall: number;
}

export interface DeckProgress {
  kind: 'deck';
  /** Cards of the deck answered at least once (in the counted answers). */
  seen: number;
  total: number;
  /** The one definition of recall: the share of counted answers that pass (isPass, lib/srs), 0..1; null without answers. */
  recall: number | null;
  /** Counted answers on the learner's last 7 learning days (today and the 6 before). */
  reviews7d: number;
  lastActive: Date | null;
  status: AssignmentStatus;
  /** Days from today to the due day: 0 on the due day, negative when past it. */
  daysLeft: number;
  /** New cards a day that finish the unseen cards by the due day; null when overdue, 0 when nothing is left. */
  suggestedPerDay: number | null;
}

/** The learning days the work is spread over from today (today included), or from the start day if it is still ahead. */
export function daysToSpread(days: AssignmentDays): number {
  const from = daysBetween(days.today, days.startDay) > 0 ? days.startDay : days.today;
  return daysBetween(from, days.dueDay) + 1;
}

/**
 * New cards a day that finish `unseen` cards by the due day. `newToday` (cards first
 * answered today) is added back so that the day's figure does not shrink while the
 * learner works through it. Null once the due day has passed; 0 when nothing is left.
 */
export function suggestedNewPerDay(unseen: number, days: AssignmentDays, newToday = 0): number | null {
  if (daysBetween(days.today, days.dueDay) < 0) return null;
  const left = Math.max(0, unseen) + Math.max(0, newToday);
  if (unseen <= 0) return 0;
  return Math.ceil(left / Math.max(1, daysToSpread(days)));
}

/** The share of the span (start day to due day) that has passed before today, 0..1. */
function elapsedShare(days: AssignmentDays): number {
  const span = daysBetween(days.startDay, days.dueDay) + 1;
  const passed = daysBetween(days.startDay, days.today);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, passed / span));
}

/**
 * What the review log says about one learner's counted answers to one deck: every number
 * deckProgress needs. lib/db/assignments.ts counts it in SQL (one grouped query per deck
 * assignment); tallyReviews counts it here from the answers themselves. Both use the same
 * pass rule (isPass, lib/srs).
 */
export interface DeckTally {
  /** Cards of the deck answered at least once. */
  seen: number;
  /** Counted answers to the deck's cards. */
  answers: number;
  /** Of those, the ones that pass (isPass). */
  passed: number;
  /** Counted answers on the learner's last 7 learning days (from weekStart(today) on). */
  reviews7d: number;
  lastActive: Date | null;
  /** Cards whose first counted answer falls on `today`. */
  newToday: number;
}

export const EMPTY_TALLY: DeckTally = { seen: 0, answers: 0, passed: 0, reviews7d: 0, lastActive: null, newToday: 0 };

/**
 * The first of the learning days `reviews7d` counts: today and the 6 before. Learning days, like
 * every other day in a class (and so a tally kept per day can count it).
 */
export const weekStart = (today: DayKey): DayKey => addDays(today, -6);

export function tallyReviews(input: Pick<DeckProgressInput, 'cardIds' | 'reviews' | 'today'>): DeckTally {
  const inDeck = new Set(input.cardIds);
  const counted = input.reviews.filter((r) => inDeck.has(r.cardId));
  const firstDay = new Map<string, DayKey>();
  for (const r of counted) {
    const d = firstDay.get(r.cardId);
    if (d === undefined || r.dayKey < d) firstDay.set(r.cardId, r.dayKey);
  }
  const week = weekStart(input.today);
  return {
    seen: firstDay.size,
    answers: counted.length,
    passed: counted.filter((r) => isPass(r.grade)).length,
    reviews7d: counted.filter((r) => r.dayKey >= week).length,
    lastActive: counted.reduce<Date | null>((m, r) => (!m || r.at > m ? r.at : m), null),
    newToday: [...firstDay.values()].filter((d) => d === input.today).length,
  };
}

/** The deck's progress from a tally of its `total` live cards (the learner's own days). */
export function deckProgressFromTally(tally: DeckTally, input: AssignmentDays & { total: number; targetRecall: number }): DeckProgress {
  const { seen } = tally;
  const { total } = input;
  const recall = tally.answers ? tally.passed / tally.answers : null;
  const daysLeft = daysBetween(input.today, input.dueDay);
  const done = seen >= total && (total === 0 || (recall !== null && recall >= input.targetRecall));
  // Behind: fewer cards seen than an even pace would have reached by the end of yesterday.
  const expected = Math.floor(total * elapsedShare(input));
  const status: AssignmentStatus = done ? 'done' : daysLeft < 0 ? 'overdue' : seen < expected ? 'behind' : 'on-track';
  return {
    kind: 'deck',
    seen,
    total,
    recall,
    reviews7d: tally.reviews7d,
    lastActive: tally.lastActive,
    status,
    daysLeft,
    suggestedPerDay: done ? 0 : suggestedNewPerDay(total - seen, input, tally.newToday),
  };
}

export function deckProgress(input: DeckProgressInput): DeckProgress {
  return deckProgressFromTally(tallyReviews(input), { ...input, total: new Set(input.cardIds).size });
}

/** A finished quiz attempt and its plain score (0..1). */
export interface AttemptScore {
  finishedAt: Date;
  score: number;
}

export interface QuizProgressInput extends AssignmentDays {
  /** Finished attempts that count (on or after the start day, since joining). */
  attempts: readonly AttemptScore[];
  /** 0..1. */
  targetScore: number;
}

export interface QuizProgress {
  kind: 'quiz';
  /** 0..1, null before any finished attempt. */
  best: number | null;
  latest: number | null;
  attempts: number;
  lastActive: Date | null;
  status: AssignmentStatus;
  daysLeft: number;
}

export function quizProgress(input: QuizProgressInput): QuizProgress {
  const sorted = [...input.attempts].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  const best = sorted.length ? Math.max(...sorted.map((a) => a.score)) : null;
  const last = sorted.at(-1) ?? null;
  const daysLeft = daysBetween(input.today, input.dueDay);
  // Behind: the latest try fell short of the target (another attempt is needed).
  const status: AssignmentStatus =
    best !== null && best >= input.targetScore
      ? 'done'
      : daysLeft < 0
        ? 'overdue'
        : last && last.score < input.targetScore
          ? 'behind'
          : 'on-track';
  return {
    kind: 'quiz',
    best,
    latest: last?.score ?? null,
    attempts: sorted.length,
    lastActive: last?.finishedAt ?? null,
    status,
    daysLeft,
  };
}

export type AssignmentProgress = DeckProgress | QuizProgress;
