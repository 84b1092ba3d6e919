import 'server-only';
import { renderMarkdownCached as renderMarkdown } from '@/lib/content/render-cache';
import type { CardOption, CardType, PredictSpec } from '@/lib/content/types';
import { serializeState, type QueueCounts, type ReviewItem } from '@/lib/review/types';
import { buildQueue, dayKey, type CardState, type DoneCounts, type QueueEntry } from '@/lib/srs';
import { toCardState } from './card-state';
import { db } from './client';
import { cardAccessWhere, cardWhere, deckWhere } from './deck-access';
import { siblingOptions } from './siblings';
import type { AppUser } from './users';

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay'> &
  Partial<Pick<AppUser, 'buryNewSiblings' | 'buryReviewSiblings'>>;

export interface ReviewQueue {
  entries: QueueEntry[];
  counts: QueueCounts;
  /** Versions and states of every card in scope, by card id. */
  states: Map<string, { state: CardState; version: number }>;
}

/** The learner's own new-card limits (DeckLimit) of live decks, with each deck's live cards; only `deckId`'s when given. */
async function ownLimits(userId: string, deckId?: string) {
  const rows = await db().deckLimit.findMany({
    where: { userId, ...(deckId ? { deckId } : {}), deck: { archivedAt: null } },
    orderBy: { deckId: 'asc' },
    select: {
      deckId: true,
      newPerDay: true,
      deck: { select: { cards: { where: { card: { archivedAt: null } }, select: { cardId: true } } } },
    },
  });
  return rows.map((r) => ({ deckId: r.deckId, newPerDay: r.newPerDay, cardIds: new Set(r.deck.cards.map((c) => c.cardId)) }));
}

/** Today's answers that count against the daily limits (undone answers do not). */
async function doneToday(userId: string, today: string, deckCardIds?: Set<string>, own: { cardIds: Set<string> }[] = []) {
  const rows = await db().review.groupBy({
    by: ['kind', 'cardId'],
    where: { userId, dayKey: today, undoneAt: null, kind: { in: ['new', 'review'] } },
    _count: { _all: true },
  });
  const count = (kind: string, filter?: Set<string>) =>
    new Set(rows.filter((r) => r.kind === kind && (!filter || filter.has(r.cardId))).map((r) => r.cardId)).size;
  // New cards of a deck with the learner's own limit count against that limit, not the global one.
  const outsideOwn = new Set(rows.filter((r) => !own.some((o) => o.cardIds.has(r.cardId))).map((r) => r.cardId));
  const all: DoneCounts = { newCount: count('new', outsideOwn), reviewCount: count('review') };
  const ownDone = own.map((o) => count('new', o.cardIds));
  const deck: DoneCounts | undefined = deckCardIds
    ? { newCount: count('new', deckCardIds), reviewCount: count('review', deckCardIds) }
    : undefined;
  return { all, deck, ownDone };
}

/**
 * The learner's queue right now: same-day repeats, due reviews (most overdue first),
 * then new cards up to the day's limit. A deck's own limits apply on top of the
 * learner's when reviewing that deck.
 */
export async function loadReviewQueue(user: Learner, deckId?: string, now = new Date()): Promise<ReviewQueue | null> {
  const deck = deckId ? await db().deck.findFirst({ where: { AND: [{ id: deckId }, deckWhere(user.id)] } }) : null;
  if (deckId && !deck) return null;
  const cards = deck
    ? (
        await db().deckCard.findMany({
          where: { deckId: deck.id, card: { archivedAt: null } },
          select: { cardId: true, card: { select: { position: true, groupId: true } } },
        })
      ).map((dc) => ({
        id: dc.cardId,
        position: dc.card.position,
        groupId: dc.card.groupId,
        deck: deck.id,
      }))
    : (
        await db().card.findMany({
          where: cardWhere(user.id, 'queue'),
          select: { id: true, position: true, topic: true, groupId: true },
        })
      ).map((c) => ({
        id: c.id,
        position: c.position,
        groupId: c.groupId,
        deck: c.topic,
      }));
  const ids = cards.map((c) => c.id);
  // A large scope reads the learner's states by their own index and keeps those in scope: an
  // `in (…)` list of every card id costs seconds at 100k cards (npm run bench -- --only=scale).
  const inScope = new Set(ids);
  const rows = await db().cardState.findMany({ where: { userId: user.id, ...(ids.length <= 1000 ? { cardId: { in: ids } } : {}) } });
  const states = new Map(rows.filter((r) => inScope.has(r.cardId)).map((r) => [r.cardId, { state: toCardState(r), version: r.version }]));
  const today = dayKey(now, user.timeZone, user.rolloverHour);
  const own = await ownLimits(user.id, deck?.id);
  const [done, siblings] = await Promise.all([
    doneToday(user.id, today, deck ? new Set(ids) : undefined, own),
    siblingOptions(user, today),
  ]);
  const entries = buildQueue({
    cards: cards.map((c) => ({
      cardId: c.id,
      deckId: c.deck,
      state: states.get(c.id)?.state ?? null,
      position: c.position,
      groupId: c.groupId,
    })),
    now,
    timeZone: user.timeZone,
    rolloverHour: user.rolloverHour,
    limits: { newPerDay: user.newPerDay, reviewsPerDay: user.reviewsPerDay },
    deckLimits: deck
      ? { [deck.id]: { newPerDay: deck.newPerDay ?? undefined, reviewsPerDay: deck.reviewsPerDay ?? undefined } }
      : undefined,
    doneToday: { ...done.all, byDeck: deck && done.deck ? { [deck.id]: done.deck } : undefined },
    siblings,
    ownNewLimits: own.map((o, i) => ({ ...o, doneToday: done.ownDone[i]! })),
  });
  const counts: QueueCounts = { repeat: 0, review: 0, new: 0 };
  for (const e of entries) counts[e.kind] += 1;
  return { entries, counts, states };
}

interface CardData {
  options?: CardOption[];
  answers?: string[];
  predict?: PredictSpec;
  explanation?: string;
}

/** Turns queue entries into what the session shows: rendered, sanitized HTML and the state it was built from. */
export async function reviewItems(queue: ReviewQueue, entries: QueueEntry[]): Promise<ReviewItem[]> {
  if (!entries.length) return [];
  const cards = await db().card.findMany({ where: { id: { in: entries.map((e) => e.cardId) } } });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return entries.flatMap((e): ReviewItem[] => {
    const c = byId.get(e.cardId);
    if (!c) return [];
    const data = (c.data ?? {}) as CardData;
    const s = queue.states.get(c.id);
    return [
      {
        cardId: c.id,
        deckId: e.deckId,
        kind: e.kind,
        type: c.type as CardType,
        frontHtml: renderMarkdown(c.front),
        backHtml: renderMarkdown(c.back),
        options: data.options?.map((o) => ({ html: renderMarkdown(o.text), text: o.text, correct: o.correct, outcome: o.outcome })),
        answers: data.answers,
        predict: data.predict,
        explanationHtml: data.explanation ? renderMarkdown(data.explanation) : undefined,
        noteHref: `/notes/${encodeURIComponent(c.topic)}#card-${encodeURIComponent(c.groupId)}`,
        headingPath: c.headingPath,
        state: s ? serializeState(s.state) : null,
        version: s?.version ?? 0,
        dueAt: e.dueAt?.toISOString() ?? null,
      },
    ];
  });
}

/** A predict card's experiment binding, for judging a run on the server (null for a card the user may not see). */
export async function getPredictSpec(cardId: string, userId: string): Promise<PredictSpec | null> {
  const card = await db().card.findFirst({ where: { id: cardId, ...cardAccessWhere(userId) }, select: { type: true, data: true } });
  if (card?.type !== 'predict') return null;
  return ((card.data ?? {}) as CardData).predict ?? null;
}
