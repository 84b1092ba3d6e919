/**
 * Class-wide quiz item statistics: which items the class misses most, and which it gets
 * wrong while sure of itself (certainty-based marking, lib/quiz/cbm.ts). Pure.
 */
import { isMisconception, type Certainty } from '@/lib/quiz/cbm';

/** Scored answers grouped by card, correctness and certainty (the database does the grouping). */
export interface AnswerGroup {
  cardId: string;
  correct: boolean;
  /** 1 low … 3 high; null with certainty off. */
  certainty: number | null;
  count: number;
}

export interface QuizItemStat {
  cardId: string;
  answered: number;
  wrong: number;
  /** Wrong with high certainty: a misconception, not a gap. */
  confidentlyWrong: number;
  /** Share wrong, 0–100, rounded. */
  missedPercent: number;
}

const asCertainty = (c: number | null): Certainty | null => (c === 1 || c === 2 || c === 3 ? c : null);

export function quizItemStats(groups: readonly AnswerGroup[]): QuizItemStat[] {
  const by = new Map<string, QuizItemStat>();
  for (const g of groups) {
    const s = by.get(g.cardId) ?? { cardId: g.cardId, answered: 0, wrong: 0, confidentlyWrong: 0, missedPercent: 0 };
    s.answered += g.count;
    if (!g.correct) s.wrong += g.count;
    if (isMisconception(g.correct, asCertainty(g.certainty))) s.confidentlyWrong += g.count;
    by.set(g.cardId, s);
  }
  return [...by.values()].map((s) => ({ ...s, missedPercent: Math.round((100 * s.wrong) / s.answered) }));
}

/** Most missed first (share, then count); only items someone got wrong. */
export const mostMissed = (stats: readonly QuizItemStat[], limit = 10): QuizItemStat[] =>
  stats
    .filter((s) => s.wrong > 0)
    .sort((a, b) => b.missedPercent - a.missedPercent || b.wrong - a.wrong || a.cardId.localeCompare(b.cardId))
    .slice(0, limit);

/** Most confidently wrong first; only items with at least one. */
export const confidentlyWrong = (stats: readonly QuizItemStat[], limit = 10): QuizItemStat[] =>
  stats
    .filter((s) => s.confidentlyWrong > 0)
    .sort((a, b) => b.confidentlyWrong - a.confidentlyWrong || a.cardId.localeCompare(b.cardId))
    .slice(0, limit);
