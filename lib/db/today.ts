import 'server-only';
import { addDays, dayKey, dayTotals, streak, summarizeAnswers, type DayCount, type Grade, type SessionSummary } from '@/lib/srs';
import { db } from './client';
import { deckForecast, todayNumbers, type DeckQueueNumbers } from './counts';
import type { AppUser } from './users';

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay'> &
  Partial<Pick<AppUser, 'buryNewSiblings' | 'buryReviewSiblings'>>;

/** A row of Today's deck table: that deck's share of today's queue. */
export type DeckDue = DeckQueueNumbers;

export interface TodayOverview {
  today: string;
  due: number;
  repeats: number;
  newAvailable: number;
  reviewedToday: number;
  /** Any answer ever (undone ones aside): a learner with none is greeted as new. */
  reviewedEver: boolean;
  streak: number;
  heatmap: DayCount[];
  forecast: DayCount[];
  decks: DeckDue[];
}

/** The forecast a session shows at its end: see `deckForecast` in ./counts (today = that session's queue). */
export async function dueForecast(user: Learner, deckId: string | undefined, days: number, now = new Date()): Promise<DayCount[]> {
  return (await deckForecast(user, deckId, days, now)) ?? [];
}

/**
 * The learner's answers on their current learning day, from the review log (undone answers
 * excluded). The one definition of "reviewed today": Today's count and the session summary.
 */
export async function learningDayTotals(
  user: Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'>,
  now = new Date(),
): Promise<SessionSummary & { day: string }> {
  const day = dayKey(now, user.timeZone, user.rolloverHour);
  const rows = await db().review.groupBy({
    by: ['grade', 'kind'],
    // Entries written by a quiz's "Review what I missed" are not answers (lib/db/quiz-review.ts).
    where: { userId: user.id, undoneAt: null, dayKey: day, kind: { not: 'quiz' } },
    _count: { _all: true },
    _sum: { durationMs: true },
  });
  const groups = rows
    .filter((r) => Number.isInteger(r.grade) && r.grade >= 0 && r.grade <= 5)
    .map((r) => ({ grade: r.grade as Grade, count: r._count._all, durationMs: r._sum.durationMs ?? 0, repeat: r.kind === 'repeat' }));
  return { day, ...summarizeAnswers(groups) };
}

/** Everything the Today page shows, computed for the learner's own day boundary. */
export async function todayOverview(user: Learner, now = new Date()): Promise<TodayOverview> {
  const { timeZone, rolloverHour } = user;
  const today = dayKey(now, timeZone, rolloverHour);
  const [numbers, recent, dayKeys, totals] = await Promise.all([
    todayNumbers(user, now, 7),
    db().review.groupBy({
      by: ['dayKey'],
      where: { userId: user.id, undoneAt: null, dayKey: { gte: addDays(today, -89) } },
      _count: { _all: true },
    }),
    db().review.findMany({ where: { userId: user.id, undoneAt: null }, distinct: ['dayKey'], select: { dayKey: true } }),
    learningDayTotals(user, now),
  ]);
  return {
    today,
    due: numbers.due,
    repeats: numbers.repeats,
    newAvailable: numbers.new,
    reviewedToday: totals.reviewed,
    reviewedEver: dayKeys.length > 0,
    streak: streak(
      dayKeys.map((d) => d.dayKey),
      today,
    ),
    heatmap: dayTotals(
      recent.map((r) => ({ day: r.dayKey, count: r._count._all })),
      today,
      90,
    ),
    forecast: numbers.forecast,
    decks: numbers.decks,
  };
}
