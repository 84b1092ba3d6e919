/**
 * Today's review queue: same-day repeats, then due reviews (most overdue first),
 * then new cards in content order, within the daily limits.
 */
import { DEFAULT_ROLLOVER_HOUR, nextDayStart } from './day';
import { isBuried, isSameDayRepeat, type CardState } from './sm2';

/** A same-day repeat waits this long after its last answer before it comes back. */
export const REPEAT_DELAY_MINUTES = 10;

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export const DEFAULT_LIMITS: Readonly<DailyLimits> = { newPerDay: 20, reviewsPerDay: 200 };

/** Cards started and scheduled reviews answered so far today (same-day repeats are not counted). */
export interface DoneCounts {
  newCount: number;
  reviewCount: number;
}

export interface QueueCard {
  cardId: string;
  deckId: string;
  /** null = a new card, never reviewed. */
  state: CardState | null;
  /** Order in the content (new cards are introduced in this order). */
  position: number;
  /** Cards of one group are siblings (a reversed pair, the clozes of one paragraph); see `SiblingOptions`. */
  groupId?: string;
}

/**
 * Siblings are kept apart, as Anki's "Bury new siblings" / "Bury review siblings" do: a new
 * (or review) card is left out of today's queue when another card of its group was answered
 * today or comes before it in the queue. Same-day repeats and learning cards are never left
 * out, but they keep their siblings out. Nothing is stored: tomorrow the card is back.
 */
export interface SiblingOptions {
  /** Default true. */
  buryNew?: boolean;
  /** Default true. */
  buryReviews?: boolean;
  /** Cards answered this learning day (undone answers left out), with their group. */
  answeredToday?: readonly { cardId: string; groupId: string }[];
}

export interface QueueInput {
  cards: readonly QueueCard[];
  now: Date;
  timeZone: string;
  rolloverHour?: number;
  /** Caps for the whole queue; missing fields take DEFAULT_LIMITS. */
  limits?: Partial<DailyLimits>;
  /** Extra caps for one deck's cards, by deckId; a missing field means no cap beyond `limits`. */
  deckLimits?: Readonly<Record<string, Partial<DailyLimits>>>;
  /** Counted against `limits`; `byDeck` against `deckLimits`. */
  doneToday?: DoneCounts & { byDeck?: Readonly<Record<string, DoneCounts>> };
  repeatDelayMinutes?: number;
  siblings?: SiblingOptions;
  /**
   * The learner's own new-card limits for some decks (DeckLimit, raised to keep pace with an
   * assignment). A new card in `cardIds` is taken within its own `newPerDay` (less the
   * `doneToday` new cards of that deck) instead of `limits.newPerDay`, so it may go beyond
   * the learner's global new limit, for these cards only. `doneToday.newCount` then counts
   * only the new cards outside every such deck. The first matching entry wins.
   */
  ownNewLimits?: readonly OwnNewLimit[];
}

export interface OwnNewLimit {
  deckId: string;
  cardIds: ReadonlySet<string>;
  newPerDay: number;
  doneToday: number;
}

export type QueueKind = 'repeat' | 'review' | 'new';

export interface QueueEntry {
  cardId: string;
  deckId: string;
  kind: QueueKind;
  /** A same-day repeat or a card in a learning step: when it may be answered (it waits until then). */
  dueAt?: Date;
}

/**
 * When a card comes back within the current learning day, or null: a card in a learning step
 * at its step's due instant (if that is before the next rollover), a same-day repeat of SM-2
 * `repeatDelayMinutes` after its last answer. What the queue orders repeats by, and what an
 * answer's acknowledgement tells the session to wait for.
 */
export function sameDayDueAt(
  state: CardState | null,
  now: Date,
  options: { timeZone: string; rolloverHour?: number; repeatDelayMinutes?: number },
): Date | null {
  if (!state) return null;
  if (state.learningStep !== null && state.stepDue) {
    const dayEnd = nextDayStart(now, options.timeZone, options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR);
    return state.stepDue.getTime() < dayEnd.getTime() ? state.stepDue : null;
  }
  if (state.lastReview && isSameDayRepeat(state, now, options)) {
    return new Date(state.lastReview.getTime() + (options.repeatDelayMinutes ?? REPEAT_DELAY_MINUTES) * 60_000);
  }
  return null;
}

function isNew(state: CardState | null): boolean {
  return state === null || state.lastReview === null;
}

function byThen<T>(...keys: ((x: T) => number | string)[]) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const ka = key(a);
      const kb = key(b);
      if (ka < kb) return -1;
      if (ka > kb) return 1;
    }
    return 0;
  };
}

/**
 * Build the ordered queue for `now`:
 * 1. same-day repeats and learning-step cards whose time has come (earliest first);
 * 2. reviews due before the next rollover, most overdue (earliest due) first, within the review limits;
 * 3. new cards by position, within the new-card limits;
 * 4. same-day repeats and learning-step cards still waiting (earliest first), so a session can finish them.
 * Suspended cards and cards buried past `now` are left out, and so are new and review cards
 * whose sibling was answered today or comes first (`siblings`). Ties break on position, then cardId.
 */
export function buildQueue(input: QueueInput): QueueEntry[] {
  const { now, timeZone } = input;
  const rolloverHour = input.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const opts = { timeZone, rolloverHour, repeatDelayMinutes: input.repeatDelayMinutes };
  const dayEnd = nextDayStart(now, timeZone, rolloverHour).getTime();
  const active = input.cards.filter((c) => !c.state || (!c.state.suspended && !isBuried(c.state, now)));

  const repeats: { card: QueueCard; at: number }[] = [];
  const reviews: { card: QueueCard; due: number }[] = [];
  const fresh: QueueCard[] = [];
  for (const card of active) {
    const s = card.state;
    const back = sameDayDueAt(s, now, opts);
    if (back) repeats.push({ card, at: back.getTime() });
    else if (s && s.learningStep !== null)
      continue; // its step ends on a later learning day
    else if (!s || isNew(s)) fresh.push(card);
    else if (s.due.getTime() < dayEnd) reviews.push({ card, due: s.due.getTime() });
  }

  // Groups already claimed today, by the card ids that claimed them.
  const claimed = new Map<string, Set<string>>();
  const claim = (groupId: string | undefined, cardId: string) => {
    if (groupId !== undefined) claimed.set(groupId, (claimed.get(groupId) ?? new Set()).add(cardId));
  };
  for (const a of input.siblings?.answeredToday ?? []) claim(a.groupId, a.cardId);
  for (const r of repeats) claim(r.card.groupId, r.card.cardId);
  const hasSibling = (card: QueueCard) =>
    [...(card.groupId === undefined ? [] : (claimed.get(card.groupId) ?? []))].some((id) => id !== card.cardId);

  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const done = input.doneToday ?? { newCount: 0, reviewCount: 0 };
  const take = (cards: QueueCard[], field: keyof DailyLimits, doneField: keyof DoneCounts, bury: boolean): QueueCard[] => {
    const own = field === 'newPerDay' ? (input.ownNewLimits ?? []) : [];
    let left = limits[field] - done[doneField];
    const deckLeft = new Map<string, number>();
    const ownLeft = new Map(own.map((o) => [o, o.newPerDay - o.doneToday]));
    const out: QueueCard[] = [];
    for (const card of cards) {
      const mine = own.find((o) => o.cardIds.has(card.cardId));
      if (mine) {
        if (ownLeft.get(mine)! <= 0 || (bury && hasSibling(card))) continue;
        ownLeft.set(mine, ownLeft.get(mine)! - 1);
        out.push(card);
        claim(card.groupId, card.cardId);
        continue;
      }
      if (left <= 0) {
        if (own.length) continue;
        break;
      }
      if (bury && hasSibling(card)) continue;
      const cap = input.deckLimits?.[card.deckId]?.[field];
      const remaining = deckLeft.get(card.deckId) ?? (cap === undefined ? Infinity : cap - (done.byDeck?.[card.deckId]?.[doneField] ?? 0));
      if (remaining <= 0) continue;
      deckLeft.set(card.deckId, remaining - 1);
      left -= 1;
      out.push(card);
      claim(card.groupId, card.cardId);
    }
    return out;
  };

  const byTime = byThen<{ card: QueueCard; at: number }>(
    (r) => r.at,
    (r) => r.card.position,
    (r) => r.card.cardId,
  );
  const ready = repeats.filter((r) => r.at <= now.getTime()).sort(byTime);
  const waiting = repeats.filter((r) => r.at > now.getTime()).sort(byTime);
  const entry =
    (kind: QueueKind) =>
    (card: QueueCard): QueueEntry => ({ cardId: card.cardId, deckId: card.deckId, kind });
  const repeatEntry = (r: { card: QueueCard; at: number }): QueueEntry => ({ ...entry('repeat')(r.card), dueAt: new Date(r.at) });
  const dueReviews = reviews.sort(
    byThen(
      (r) => r.due,
      (r) => r.card.position,
      (r) => r.card.cardId,
    ),
  );
  const newCards = fresh.sort(
    byThen(
      (c) => c.position,
      (c) => c.cardId,
    ),
  );

  return [
    ...ready.map(repeatEntry),
    ...take(
      dueReviews.map((r) => r.card),
      'reviewsPerDay',
      'reviewCount',
      input.siblings?.buryReviews ?? true,
    ).map(entry('review')),
    ...take(newCards, 'newPerDay', 'newCount', input.siblings?.buryNew ?? true).map(entry('new')),
    ...waiting.map(repeatEntry),
  ];
}
