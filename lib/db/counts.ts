import 'server-only';
import { forecast, type DayCount, type QueueEntry } from '@/lib/srs';
import { db } from './client';
import { cardWhere, deckWhere } from './deck-access';
import type { Prisma } from './generated/client';
import { loadReviewQueue } from './review-queue';
import type { AppUser } from './users';

/**
 * The one place where the numbers that appear on more than one page are defined:
 * Today, the deck table, the forecast, the session summary, Stats and Settings all read
 * them from here, so they cannot disagree.
 *
 * - The collection: active cards that belong to at least one active deck of the learner's
 *   whole-collection queue (built-in, their own, assigned to their class: lib/db/deck-access.ts).
 * - Due now / new today: the entries of the queue the review session is served
 *   (`loadReviewQueue`), daily limits, burying and suspending already applied.
 * - A deck's due / new: the entries of that same queue that belong to the deck, so the rows
 *   of the deck table add up (a card in several decks counts in each of them).
 * - Forecast, today: the queue's due entries; later days: cards falling due that day.
 * - Suspended: suspended cards of the collection, seen or not.
 */

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay'>;

/** Prisma filter for a card of the user's collection. */
export const collectionCard = (userId: string): Prisma.CardWhereInput => cardWhere(userId, 'queue');

export interface DeckMembers {
  deckId: string;
  titleZh: string;
  titleEn: string;
  cardIds: string[];
}

/** The decks of the user's whole-collection queue (see collectionCard), in deck order, each with its active cards. */
export async function deckMembers(userId: string): Promise<DeckMembers[]> {
  const rows = await db().deckCard.findMany({
    where: { deck: deckWhere(userId, 'queue'), card: { archivedAt: null } },
    orderBy: [{ deck: { position: 'asc' } }, { deckId: 'asc' }, { position: 'asc' }],
    select: { deckId: true, cardId: true, deck: { select: { titleZh: true, titleEn: true } } },
  });
  const decks = new Map<string, DeckMembers>();
  for (const r of rows) {
    const d = decks.get(r.deckId) ?? { deckId: r.deckId, titleZh: r.deck.titleZh, titleEn: r.deck.titleEn, cardIds: [] };
    d.cardIds.push(r.cardId);
    decks.set(r.deckId, d);
  }
  return [...decks.values()];
}

export interface QueueNumbers {
  /** Scheduled reviews served today (within the daily limit). */
  due: number;
  /** Same-day repeats (failed today) still to come. */
  repeats: number;
  /** New cards served today (within the daily limit). */
  new: number;
}

/** Counts one queue's entries by what the learner sees: due (reviews + repeats) and new. */
export function countEntries(entries: readonly Pick<QueueEntry, 'kind'>[]): QueueNumbers {
  const n: QueueNumbers = { due: 0, repeats: 0, new: 0 };
  for (const e of entries) {
    if (e.kind === 'review') n.due += 1;
    else if (e.kind === 'repeat') n.repeats += 1;
    else n.new += 1;
  }
  return n;
}

export interface DeckQueueNumbers {
  deckId: string;
  titleZh: string;
  titleEn: string;
  /** Reviews and repeats of today's queue in this deck. */
  due: number;
  new: number;
}

export interface TodayNumbers extends QueueNumbers {
  decks: DeckQueueNumbers[];
  forecast: DayCount[];
}

/** Today's queue (the one "Start review" serves), split by deck, with the 7-day forecast. */
export async function todayNumbers(user: Learner, now = new Date(), days = 7): Promise<TodayNumbers> {
  const [queue, decks] = await Promise.all([loadReviewQueue(user, undefined, now), deckMembers(user.id)]);
  const entries = queue?.entries ?? [];
  const totals = countEntries(entries);
  const byCard = new Map(entries.map((e) => [e.cardId, e]));
  return {
    ...totals,
    decks: decks.map((d) => {
      const n = countEntries(d.cardIds.flatMap((id) => byCard.get(id) ?? []));
      return { deckId: d.deckId, titleZh: d.titleZh, titleEn: d.titleEn, due: n.due + n.repeats, new: n.new };
    }),
    forecast: queueForecast(queue, user, now, days),
  };
}

function queueForecast(queue: Awaited<ReturnType<typeof loadReviewQueue>>, user: Learner, now: Date, days: number): DayCount[] {
  const states = queue ? [...queue.states.values()].map((s) => s.state) : [];
  const dueNow = queue ? queue.entries.filter((e) => e.kind !== 'new').length : 0;
  return forecast(states, now, user.timeZone, user.rolloverHour, days, dueNow);
}

/**
 * The forecast for one deck's session (or the whole collection): today is what that
 * session's queue still holds, later days the cards falling due. Null for an unknown deck.
 */
export async function deckForecast(user: Learner, deckId: string | undefined, days: number, now = new Date()): Promise<DayCount[] | null> {
  const queue = await loadReviewQueue(user, deckId, now);
  if (!queue) return null;
  return queueForecast(queue, user, now, days);
}

/** The learner's suspended cards in the collection: the filter Settings lists and Stats counts. */
export const suspendedWhere = (userId: string) =>
  ({ userId, suspended: true, card: collectionCard(userId) }) as const satisfies Prisma.CardStateWhereInput;
