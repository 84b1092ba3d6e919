import 'server-only';
import {
  buildQueue,
  dayKey,
  forecast,
  heatmap,
  streak,
  summarizeAnswers,
  type CardState,
  type DayCount,
  type Grade,
  type SessionSummary,
} from '@/lib/srs';
import { toCardState } from './card-state';
import { siblingOptions } from './siblings';
import { db } from './client';
import type { AppUser } from './users';

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay'> &
  Partial<Pick<AppUser, 'buryNewSiblings' | 'buryReviewSiblings'>>;

export interface DeckDue {
  deckId: string;
  titleZh: string;
  titleEn: string;
  due: number;
  new: number;
}

export interface TodayOverview {
  today: string;
  due: number;
  repeats: number;
  newAvailable: number;
  reviewedToday: number;
  streak: number;
  heatmap: DayCount[];
  forecast: DayCount[];
  decks: DeckDue[];
}

/** Cards coming due on each of the next `days` learning days (today includes overdue). */
export async function dueForecast(
  user: Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'>,
  deckId: string | undefined,
  days: number,
  now = new Date(),
): Promise<DayCount[]> {
  const rows = await db().cardState.findMany({
    where: { userId: user.id, card: { archivedAt: null, ...(deckId ? { decks: { some: { deckId } } } : {}) } },
  });
  return forecast(rows.map(toCardState), now, user.timeZone, user.rolloverHour, days);
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
    where: { userId: user.id, undoneAt: null, dayKey: day },
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
  const since = new Date(now.getTime() - 92 * 86_400_000);
  const [memberships, stateRows, recent, dayKeys, dayTotals, siblings] = await Promise.all([
    db().deckCard.findMany({
      where: { deck: { archivedAt: null }, card: { archivedAt: null } },
      select: {
        deckId: true,
        cardId: true,
        card: { select: { position: true, topic: true, groupId: true } },
        deck: { select: { titleZh: true, titleEn: true, position: true, newPerDay: true, reviewsPerDay: true } },
      },
    }),
    db().cardState.findMany({ where: { userId: user.id, card: { archivedAt: null } } }),
    db().review.findMany({
      where: { userId: user.id, undoneAt: null, serverAt: { gte: since } },
      select: { serverAt: true, dayKey: true, kind: true, cardId: true },
    }),
    db().review.findMany({ where: { userId: user.id, undoneAt: null }, distinct: ['dayKey'], select: { dayKey: true } }),
    learningDayTotals(user, now),
    siblingOptions(user, today),
  ]);
  const states = new Map<string, CardState>(stateRows.map((r) => [r.cardId, toCardState(r)]));
  const todays = recent.filter((r) => r.dayKey === today);
  const doneFor = (ids?: Set<string>) => ({
    newCount: new Set(todays.filter((r) => r.kind === 'new' && (!ids || ids.has(r.cardId))).map((r) => r.cardId)).size,
    reviewCount: new Set(todays.filter((r) => r.kind === 'review' && (!ids || ids.has(r.cardId))).map((r) => r.cardId)).size,
  });
  const limits = { newPerDay: user.newPerDay, reviewsPerDay: user.reviewsPerDay };

  // The whole collection, each card once (it may sit in several decks).
  const allCards = new Map<string, { position: number; topic: string; groupId: string }>();
  for (const m of memberships) allCards.set(m.cardId, m.card);
  const queue = buildQueue({
    cards: [...allCards].map(([cardId, c]) => ({
      cardId,
      deckId: c.topic,
      state: states.get(cardId) ?? null,
      position: c.position,
      groupId: c.groupId,
    })),
    now,
    timeZone,
    rolloverHour,
    limits,
    doneToday: doneFor(),
    siblings,
  });

  const byDeck = new Map<
    string,
    { meta: (typeof memberships)[number]['deck']; cards: { cardId: string; position: number; groupId: string }[] }
  >();
  for (const m of memberships) {
    const entry = byDeck.get(m.deckId) ?? { meta: m.deck, cards: [] };
    entry.cards.push({ cardId: m.cardId, position: m.card.position, groupId: m.card.groupId });
    byDeck.set(m.deckId, entry);
  }
  const decks: DeckDue[] = [...byDeck]
    .sort((a, b) => a[1].meta.position - b[1].meta.position)
    .map(([deckId, { meta, cards }]) => {
      const ids = new Set(cards.map((c) => c.cardId));
      const q = buildQueue({
        cards: cards.map((c) => ({
          cardId: c.cardId,
          deckId,
          state: states.get(c.cardId) ?? null,
          position: c.position,
          groupId: c.groupId,
        })),
        now,
        timeZone,
        rolloverHour,
        limits,
        deckLimits: { [deckId]: { newPerDay: meta.newPerDay ?? undefined, reviewsPerDay: meta.reviewsPerDay ?? undefined } },
        doneToday: { ...doneFor(), byDeck: { [deckId]: doneFor(ids) } },
        siblings,
      });
      return {
        deckId,
        titleZh: meta.titleZh,
        titleEn: meta.titleEn,
        due: q.filter((e) => e.kind !== 'new').length,
        new: q.filter((e) => e.kind === 'new').length,
      };
    });

  return {
    today,
    due: queue.filter((e) => e.kind === 'review').length,
    repeats: queue.filter((e) => e.kind === 'repeat').length,
    newAvailable: queue.filter((e) => e.kind === 'new').length,
    reviewedToday: dayTotals.reviewed,
    streak: streak(
      dayKeys.map((d) => d.dayKey),
      today,
    ),
    heatmap: heatmap(
      recent.map((r) => ({ at: r.serverAt })),
      now,
      timeZone,
      rolloverHour,
      90,
    ),
    forecast: forecast([...states.values()], now, timeZone, rolloverHour, 7),
    decks,
  };
}
