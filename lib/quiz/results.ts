/**
 * An attempt's results from its items and answers: the plain score, the certainty-based
 * score, calibration, topics, and what was missed (misconceptions first). Pure; see ./README.md.
 */
import { cbmMax, isMisconception, CERTAINTY_LEVELS, type Certainty } from './cbm';
import type { ItemForm } from './definition';
import type { SelfRating } from './grade-item';

export interface ResultItem {
  index: number;
  cardId: string;
  form: ItemForm;
  group: string;
}

export interface ResultAnswer {
  itemIndex: number;
  correct: boolean | null;
  certainty: Certainty | null;
  score: number | null;
  late: boolean;
  rating?: SelfRating | null;
}

export interface Ratio {
  total: number;
  correct: number;
  /** 0–100, rounded; null when there is nothing to divide. */
  pct: number | null;
}

export interface Missed {
  index: number;
  cardId: string;
  /** Wrong with high certainty. */
  misconception: boolean;
  why: 'wrong' | 'late' | 'unanswered' | 'didnt';
}

export interface QuizResults {
  /** Scored items (every form but self-rated): unanswered and late ones count as wrong. */
  plain: Ratio;
  /** null with certainty off. */
  cbm: { total: number; max: number } | null;
  calibration: ({ certainty: Certainty } & Ratio)[];
  byTopic: ({ group: string } & Ratio)[];
  self: { total: number; knew: number; partly: number; didnt: number };
  missed: Missed[];
  answered: number;
}

const ratio = (correct: number, total: number): Ratio => ({ total, correct, pct: total ? Math.round((100 * correct) / total) : null });

/** Which items are scored, and which of them an on-time answer got right: summarize's plain score. */
function scoring<I extends Pick<ResultItem, 'index' | 'form'>, A extends Pick<ResultAnswer, 'itemIndex' | 'correct' | 'late'>>(
  items: readonly I[],
  answers: readonly A[],
) {
  const byIndex = new Map(answers.map((a) => [a.itemIndex, a]));
  const scored = items.filter((i) => i.form !== 'self');
  const onTime = (i: Pick<ResultItem, 'index'>) => {
    const a = byIndex.get(i.index);
    return a && !a.late ? a : undefined;
  };
  const right = (i: Pick<ResultItem, 'index'>) => onTime(i)?.correct === true;
  return { byIndex, scored, onTime, right };
}

/**
 * The plain score alone (summarize(…).plain), for callers that score many attempts at once
 * (a class's progress) and need nothing else.
 */
export function plainScore(
  items: readonly Pick<ResultItem, 'index' | 'form'>[],
  answers: readonly Pick<ResultAnswer, 'itemIndex' | 'correct' | 'late'>[],
): Ratio {
  const { scored, right } = scoring(items, answers);
  return ratio(scored.filter(right).length, scored.length);
}

export function summarize(items: readonly ResultItem[], answers: readonly ResultAnswer[], certaintyOn: boolean): QuizResults {
  const { byIndex, scored, onTime, right } = scoring(items, answers);

  const topics = [...new Set(scored.map((i) => i.group))].sort();
  const byTopic = topics.map((group) => {
    const inGroup = scored.filter((i) => i.group === group);
    return { group, ...ratio(inGroup.filter(right).length, inGroup.length) };
  });

  const calibration = CERTAINTY_LEVELS.map((certainty) => {
    const at = scored.filter((i) => onTime(i)?.certainty === certainty);
    return { certainty, ...ratio(at.filter(right).length, at.length) };
  });

  const selfItems = items.filter((i) => i.form === 'self');
  const rated = (r: SelfRating) => selfItems.filter((i) => byIndex.get(i.index)?.rating === r).length;

  const missed: Missed[] = [];
  for (const i of items) {
    const a = byIndex.get(i.index);
    if (i.form === 'self') {
      if (a?.rating === 'didnt') missed.push({ index: i.index, cardId: i.cardId, misconception: false, why: 'didnt' });
      continue;
    }
    if (!a) missed.push({ index: i.index, cardId: i.cardId, misconception: false, why: 'unanswered' });
    else if (a.late) missed.push({ index: i.index, cardId: i.cardId, misconception: false, why: 'late' });
    else if (a.correct === false)
      missed.push({ index: i.index, cardId: i.cardId, misconception: isMisconception(false, a.certainty), why: 'wrong' });
  }
  missed.sort((a, b) => Number(b.misconception) - Number(a.misconception) || a.index - b.index);

  return {
    plain: ratio(scored.filter(right).length, scored.length),
    cbm: certaintyOn ? { total: scored.reduce((s, i) => s + (onTime(i)?.score ?? 0), 0), max: cbmMax(scored.length) } : null,
    calibration,
    byTopic,
    self: { total: selfItems.length, knew: rated('knew'), partly: rated('partly'), didnt: rated('didnt') },
    missed,
    answered: answers.length,
  };
}

/** One attempt on the trend chart: plain % correct and the certainty score as % of the best possible. */
export interface TrendPoint {
  n: number;
  plain: number;
  /** Certainty score as a percentage of the best possible; null with certainty off. */
  cbm: number | null;
}

export const trendPoint = (n: number, r: QuizResults): TrendPoint => ({
  n,
  plain: r.plain.pct ?? 0,
  cbm: r.cbm ? Math.round((100 * r.cbm.total) / Math.max(1, r.cbm.max)) : null,
});
