import 'server-only';
import { dayKey } from '@/lib/srs';
import {
  averageEase,
  cardCounts,
  dailyReviews,
  deckProgress,
  easeHistogram,
  intervalHistogram,
  isPass,
  predictionSummary,
  reviewTotals,
  type Bucket,
  type CardCounts,
  type CardRetention,
  type CardSnapshot,
  type Confidence,
  type DayReviews,
  type DeckProgress,
  type PredictionStats,
  type ReviewGroup,
  type ReviewKind,
  type ReviewTotals,
  type RunGroup,
} from '@/lib/srs/stats-summary';
import { db } from './client';
import { collectionCard, deckMembers } from './counts';
import type { AppUser } from './users';

export interface DeckStats extends DeckProgress {
  titleZh: string;
  titleEn: string;
}

export interface StatsOverview {
  today: string;
  allTime: ReviewTotals;
  last30: ReviewTotals;
  days: DayReviews[];
  /** Reviews per learning day for the activity heatmap, oldest first. */
  activity: { day: string; count: number }[];
  cards: CardCounts;
  intervals: Bucket[];
  ease: Bucket[];
  averageEase: number | null;
  decks: DeckStats[];
  predictions: PredictionStats & { experiments: (PredictionStats & { experimentId: string })[] };
}

/** 26 full weeks for the Stats heatmap. */
const ACTIVITY_DAYS = 182;
const KINDS = new Set<string>(['new', 'review', 'repeat']);
const CONFIDENCES = new Set<string>(['low', 'medium', 'high']);

/**
 * Everything the Stats page shows, for the learner's own day boundary. Five grouped
 * queries, none per card; undone answers (and runs of undone answers) never count.
 */
export async function statsOverview(user: Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'>, now = new Date()): Promise<StatsOverview> {
  const userId = user.id;
  const today = dayKey(now, user.timeZone, user.rolloverHour);
  const [reviewRows, cardRows, memberships, stateRows, runRows] = await Promise.all([
    db().review.groupBy({
      by: ['dayKey', 'kind', 'grade'],
      where: { userId, undoneAt: null },
      _count: { _all: true },
      _sum: { durationMs: true },
    }),
    db().review.groupBy({
      by: ['cardId', 'grade'],
      where: { userId, undoneAt: null, kind: 'review' },
      _count: { _all: true },
    }),
    deckMembers(userId),
    db().cardState.findMany({
      where: { userId, card: collectionCard(userId) },
      select: {
        cardId: true,
        ef: true,
        interval: true,
        lastReview: true,
        repeatToday: true,
        learningStep: true,
        suspended: true,
        leech: true,
      },
    }),
    db().experimentRun.groupBy({
      by: ['experimentId', 'confidence', 'correct'],
      where: { userId, OR: [{ reviewId: null }, { review: { undoneAt: null } }] },
      _count: { _all: true },
    }),
  ]);

  const groups: ReviewGroup[] = reviewRows
    .filter((r) => KINDS.has(r.kind))
    .map((r) => ({
      day: r.dayKey,
      kind: r.kind as ReviewKind,
      grade: r.grade,
      count: r._count._all,
      durationMs: r._sum.durationMs ?? 0,
    }));

  const retention = new Map<string, CardRetention>();
  for (const r of cardRows) {
    const c = retention.get(r.cardId) ?? { cardId: r.cardId, passed: 0, total: 0 };
    c.total += r._count._all;
    if (isPass(r.grade)) c.passed += r._count._all;
    retention.set(r.cardId, c);
  }

  // The collection: every active card of an active deck, once, seen or not.
  const states = new Map(stateRows.map((s) => [s.cardId, s]));
  const cards = new Map<string, CardSnapshot>();
  for (const cardId of memberships.flatMap((d) => d.cardIds)) {
    const s = states.get(cardId);
    cards.set(cardId, {
      cardId,
      seen: !!s?.lastReview,
      interval: s?.interval ?? 0,
      ef: s?.ef ?? 2.5,
      // A card in a learning step is learning, like an SM-2 same-day repeat.
      repeatToday: (s?.repeatToday ?? false) || (s?.learningStep ?? null) !== null,
      suspended: s?.suspended ?? false,
      leech: s?.leech ?? false,
    });
  }
  const snapshots = [...cards.values()];
  const progress = deckProgress(memberships, snapshots, [...retention.values()]);

  const runs: RunGroup[] = runRows.map((r) => ({
    experimentId: r.experimentId,
    confidence: r.confidence && CONFIDENCES.has(r.confidence) ? (r.confidence as Confidence) : null,
    correct: r.correct,
    count: r._count._all,
  }));

  return {
    today,
    allTime: reviewTotals(groups, today),
    last30: reviewTotals(groups, today, 30),
    days: dailyReviews(groups, today, 30),
    activity: dailyReviews(groups, today, ACTIVITY_DAYS).map((d) => ({ day: d.day, count: d.new + d.review + d.repeat })),
    cards: cardCounts(snapshots),
    intervals: intervalHistogram(snapshots),
    ease: easeHistogram(snapshots),
    averageEase: averageEase(snapshots),
    decks: progress.map((p, i) => ({ ...p, titleZh: memberships[i]!.titleZh, titleEn: memberships[i]!.titleEn })),
    predictions: predictionSummary(runs),
  };
}
