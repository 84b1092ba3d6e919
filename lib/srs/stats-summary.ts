/**
 * Pure numbers for the Stats page: totals, true retention, reviews per day, interval
 * and ease distributions, per-deck progress and prediction calibration. The loader
 * (lib/db/stats.ts) groups rows in the database; everything here works on those groups.
 */
import { addDays, daysBetween, type DayKey } from './day';

export type ReviewKind = 'new' | 'review' | 'repeat';
export type Confidence = 'low' | 'medium' | 'high';

/** Reviews grouped by learning day, kind and grade (undone answers already left out). */
export interface ReviewGroup {
  day: DayKey;
  kind: ReviewKind;
  grade: number;
  count: number;
  durationMs: number;
}

/** One card of the collection as the stats see it; `seen` is false for a card never answered. */
export interface CardSnapshot {
  cardId: string;
  seen: boolean;
  interval: number;
  ef: number;
  repeatToday: boolean;
  suspended: boolean;
  leech: boolean;
}

/** Experiment runs grouped by experiment, confidence and outcome. */
export interface RunGroup {
  experimentId: string;
  confidence: Confidence | null;
  correct: boolean;
  count: number;
}

/** A share: `percent` is null when there is nothing to divide by (shown as an empty state, not 0%). */
export interface Ratio {
  hit: number;
  total: number;
  percent: number | null;
}

/** Anki's line: an interval of 21 days or more makes a card mature. */
export const MATURE_DAYS = 21;
/** SM-2's line between a successful recall and a lapse. */
export const PASSING_GRADE = 3;
/** The one pass rule: an answer graded at or above PASSING_GRADE counts as recalled (SQL builds the same condition, lib/db/recall-sql.ts). */
export const isPass = (grade: number): boolean => grade >= PASSING_GRADE;

export function ratio(hit: number, total: number): Ratio {
  return { hit, total, percent: total > 0 ? Math.round((100 * hit) / total) : null };
}

const inWindow = (day: DayKey, today: DayKey, days: number) => {
  const ago = daysBetween(day, today);
  return ago >= 0 && ago < days;
};

export interface ReviewTotals {
  reviews: number;
  timeMs: number;
  /** True retention: passing grades on scheduled reviews (kind 'review'). */
  retention: Ratio;
}

/** All-time totals, or those of the last `days` learning days ending today when `days` is given. */
export function reviewTotals(groups: readonly ReviewGroup[], today: DayKey, days?: number): ReviewTotals {
  let reviews = 0;
  let timeMs = 0;
  let passed = 0;
  let scheduled = 0;
  for (const g of groups) {
    if (days !== undefined && !inWindow(g.day, today, days)) continue;
    reviews += g.count;
    timeMs += g.durationMs;
    if (g.kind === 'review') {
      scheduled += g.count;
      if (isPass(g.grade)) passed += g.count;
    }
  }
  return { reviews, timeMs, retention: ratio(passed, scheduled) };
}

export interface DayReviews {
  day: DayKey;
  new: number;
  review: number;
  repeat: number;
  /** True retention of that day's scheduled reviews. */
  retention: Ratio;
}

/** The last `days` learning days, oldest first, today last: reviews by kind and retention. */
export function dailyReviews(groups: readonly ReviewGroup[], today: DayKey, days = 30): DayReviews[] {
  const rows = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i - days + 1), new: 0, review: 0, repeat: 0, passed: 0 }));
  for (const g of groups) {
    const i = days - 1 - daysBetween(g.day, today);
    const row = rows[i];
    if (!row) continue;
    row[g.kind] += g.count;
    if (g.kind === 'review' && isPass(g.grade)) row.passed += g.count;
  }
  return rows.map(({ passed, ...r }) => ({ ...r, retention: ratio(passed, r.review) }));
}

export interface CardCounts {
  total: number;
  seen: number;
  /** Never answered. */
  unseen: number;
  /** Failed today, to be repeated before the day ends. */
  learning: number;
  young: number;
  mature: number;
  suspended: number;
  /** Leeches (a flag: they are also counted in one of the groups above). */
  leeches: number;
}

/**
 * Each card in exactly one of suspended, unseen, learning, young, mature (in that
 * order of precedence), so the five add up to the total; leeches are counted on top.
 * Suspended comes first: a new card suspended before its first answer is still one of
 * the cards Settings lists as suspended, and both pages must say the same number.
 */
export function cardCounts(cards: readonly CardSnapshot[]): CardCounts {
  const c: CardCounts = { total: cards.length, seen: 0, unseen: 0, learning: 0, young: 0, mature: 0, suspended: 0, leeches: 0 };
  for (const card of cards) {
    if (card.leech) c.leeches += 1;
    if (card.seen) c.seen += 1;
    if (card.suspended) c.suspended += 1;
    else if (!card.seen) c.unseen += 1;
    else if (card.repeatToday) c.learning += 1;
    else if (card.interval >= MATURE_DAYS) c.mature += 1;
    else c.young += 1;
  }
  return c;
}

export interface Bucket {
  /** Stable key, also the label: '1', '2-6', '90+', '2.5+'. */
  key: string;
  count: number;
}

// Each bucket after the first starts at its value in `starts`.
const INTERVAL_BUCKETS = { keys: ['1', '2-6', '7-20', '21-89', '90+'], starts: [2, 7, 21, 90] };
const EASE_BUCKETS = { keys: ['1.3-1.7', '1.7-2.1', '2.1-2.5', '2.5+'], starts: [1.7, 2.1, 2.5] };

function histogram(values: readonly number[], { keys, starts }: { keys: string[]; starts: number[] }): Bucket[] {
  const counts = keys.map((key) => ({ key, count: 0 }));
  // Small epsilon: an EF of 2.0999999 from float arithmetic still counts as 2.1.
  for (const v of values) counts[starts.filter((start) => v + 1e-9 >= start).length]!.count += 1;
  return counts;
}

const seenOnly = (cards: readonly CardSnapshot[]) => cards.filter((c) => c.seen);

/** Current intervals (days) of the seen cards. */
export const intervalHistogram = (cards: readonly CardSnapshot[]) =>
  histogram(
    seenOnly(cards).map((c) => c.interval),
    INTERVAL_BUCKETS,
  );

/** Current ease factors of the seen cards. */
export const easeHistogram = (cards: readonly CardSnapshot[]) =>
  histogram(
    seenOnly(cards).map((c) => c.ef),
    EASE_BUCKETS,
  );

/** Mean ease of the seen cards, to two decimals; null when none is seen. */
export function averageEase(cards: readonly CardSnapshot[]): number | null {
  const seen = seenOnly(cards);
  if (seen.length === 0) return null;
  return Math.round((100 * seen.reduce((s, c) => s + c.ef, 0)) / seen.length) / 100;
}

/** Scheduled reviews of one card, all time: how many, how many passed. */
export interface CardRetention {
  cardId: string;
  passed: number;
  total: number;
}

export interface DeckProgress {
  deckId: string;
  cards: number;
  seen: number;
  mature: number;
  retention: Ratio;
}

/** Per deck: its cards, how many seen and mature, and the true retention of its cards' reviews. */
export function deckProgress(
  decks: readonly { deckId: string; cardIds: readonly string[] }[],
  cards: readonly CardSnapshot[],
  retention: readonly CardRetention[],
): DeckProgress[] {
  const byCard = new Map(cards.map((c) => [c.cardId, c]));
  const rByCard = new Map(retention.map((r) => [r.cardId, r]));
  return decks.map(({ deckId, cardIds }) => {
    const counts = cardCounts(cardIds.flatMap((id) => byCard.get(id) ?? []));
    let passed = 0;
    let total = 0;
    for (const id of cardIds) {
      passed += rByCard.get(id)?.passed ?? 0;
      total += rByCard.get(id)?.total ?? 0;
    }
    return { deckId, cards: cardIds.length, seen: counts.seen, mature: counts.mature, retention: ratio(passed, total) };
  });
}

export interface PredictionStats {
  runs: number;
  right: Ratio;
  /** Calibration: percent right at each stated confidence. */
  byConfidence: Record<Confidence, Ratio>;
}

function predictionStats(groups: readonly RunGroup[]): PredictionStats {
  const tally = { low: [0, 0], medium: [0, 0], high: [0, 0] } as Record<Confidence, [number, number]>;
  let runs = 0;
  let right = 0;
  for (const g of groups) {
    runs += g.count;
    if (g.correct) right += g.count;
    if (g.confidence) {
      tally[g.confidence][1] += g.count;
      if (g.correct) tally[g.confidence][0] += g.count;
    }
  }
  const byConfidence = {
    low: ratio(...tally.low),
    medium: ratio(...tally.medium),
    high: ratio(...tally.high),
  };
  return { runs, right: ratio(right, runs), byConfidence };
}

/** Overall and per experiment (most runs first, then by id). */
export function predictionSummary(
  groups: readonly RunGroup[],
): PredictionStats & { experiments: (PredictionStats & { experimentId: string })[] } {
  const ids = [...new Set(groups.map((g) => g.experimentId))];
  const experiments = ids
    .map((experimentId) => ({ experimentId, ...predictionStats(groups.filter((g) => g.experimentId === experimentId)) }))
    .sort((a, b) => b.runs - a.runs || a.experimentId.localeCompare(b.experimentId));
  return { ...predictionStats(groups), experiments };
}
