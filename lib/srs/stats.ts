/**
 * Pure numbers for the Today dashboard: streak, activity heatmap, due forecast,
 * and the summary shown at the end of a session.
 */
import { addDays, dayKey, daysBetween, DEFAULT_ROLLOVER_HOUR, type DayKey } from './day';
import { isBuried, type CardState, type Grade } from './sm2';

export interface DayCount {
  day: DayKey;
  count: number;
}

/**
 * Consecutive learning days with at least one review, ending today if today has
 * a review, otherwise ending yesterday (a streak is not lost before the day is over).
 */
export function streak(reviewDayKeys: readonly DayKey[], todayKey: DayKey): number {
  const days = new Set(reviewDayKeys);
  let day = days.has(todayKey) ? todayKey : addDays(todayKey, -1);
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}

/** Reviews per learning day for the last `days` days, oldest first, today last. */
export function heatmap(
  reviews: readonly { at: Date }[],
  now: Date,
  timeZone: string,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
  days = 90,
): DayCount[] {
  const today = dayKey(now, timeZone, rolloverHour);
  const counts = new Map<DayKey, number>();
  for (const r of reviews) {
    const key = dayKey(r.at, timeZone, rolloverHour);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/**
 * Answers per learning day for the last `days` days, oldest first, today last, from counts
 * already grouped by the day key stored with each answer (the key Stats and "reviewed today" use).
 */
export function dayTotals(counts: readonly DayCount[], today: DayKey, days = 90): DayCount[] {
  const byDay = new Map<DayKey, number>();
  for (const c of counts) byDay.set(c.day, (byDay.get(c.day) ?? 0) + c.count);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

/**
 * Cards falling due on each of the next `days` learning days, today first.
 * Overdue cards count for today; new (null or never answered) and suspended cards are not
 * counted, and a buried card counts on the day its burial ends if that is later than its due day.
 *
 * `dueNow`, when given, replaces today's bucket: the number of cards the served queue holds
 * for today (reviews within the daily limit plus same-day repeats), so the forecast's
 * "today" always says what Today and the review session say (lib/db/counts.ts).
 */
export function forecast(
  states: readonly (CardState | null)[],
  now: Date,
  timeZone: string,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
  days = 7,
  dueNow?: number,
): DayCount[] {
  const today = dayKey(now, timeZone, rolloverHour);
  const counts: number[] = Array.from({ length: days }, () => 0);
  for (const s of states) {
    if (!s || s.suspended || s.lastReview === null) continue;
    const dueDay = daysBetween(today, dayKey(s.due, timeZone, rolloverHour));
    const buried = isBuried(s, now) && s.buriedUntil ? daysBetween(today, dayKey(s.buriedUntil, timeZone, rolloverHour)) : 0;
    const offset = Math.max(0, dueDay, buried);
    if (offset < days) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  if (dueNow !== undefined && days > 0) counts[0] = dueNow;
  return counts.map((count, i) => ({ day: addDays(today, i), count }));
}

/** One answer given during a session. */
export interface SessionAnswer {
  grade: Grade;
  /** Time from showing the card to grading it. */
  durationMs: number;
  /** The answer was a same-day repeat (optional; counted separately). */
  repeat?: boolean;
}

export interface SessionSummary {
  /** Answers given, repeats included. */
  reviewed: number;
  /** Answers with grade >= 3. */
  correct: number;
  /** 100 · correct / reviewed, rounded to a whole percent; 0 for an empty session. */
  correctPercent: number;
  timeMs: number;
  averageMs: number;
  repeats: number;
  /** Answers per grade 0-5. */
  byGrade: Record<Grade, number>;
}

/** Answers of one grade, counted together (a session's answers one by one, or a day of the review log grouped). */
export interface AnswerGroup {
  grade: Grade;
  count: number;
  durationMs: number;
  repeat?: boolean;
}

/**
 * Summarise answers. "Correct" is grade >= 3, SM-2's own line between a
 * successful repetition and a failure (grade 3 is a correct answer, recalled with difficulty).
 * The session summary and the learning day's totals (lib/db/today.ts) both count with this.
 */
export function summarizeAnswers(groups: readonly AnswerGroup[]): SessionSummary {
  const byGrade: Record<Grade, number> = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let timeMs = 0;
  let repeats = 0;
  let reviewed = 0;
  for (const g of groups) {
    byGrade[g.grade] += g.count;
    reviewed += g.count;
    timeMs += g.durationMs;
    if (g.repeat) repeats += g.count;
  }
  const correct = byGrade[3] + byGrade[4] + byGrade[5];
  return {
    reviewed,
    correct,
    correctPercent: reviewed === 0 ? 0 : Math.round((100 * correct) / reviewed),
    timeMs,
    averageMs: reviewed === 0 ? 0 : Math.round(timeMs / reviewed),
    repeats,
    byGrade,
  };
}

/** Summarise a session's answers, one by one. */
export function sessionSummary(answers: readonly SessionAnswer[]): SessionSummary {
  return summarizeAnswers(answers.map((a) => ({ ...a, count: 1 })));
}
