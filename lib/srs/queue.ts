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
}

export type QueueKind = 'repeat' | 'review' | 'new';

export interface QueueEntry {
  cardId: string;
  deckId: string;
  kind: QueueKind;
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
 * 1. same-day repeats whose delay has passed (earliest answered first);
 * 2. reviews due before the next rollover, most overdue (earliest due) first, within the review limits;
 * 3. new cards by position, within the new-card limits;
 * 4. same-day repeats still waiting out their delay, so a session can finish them ("learn ahead").
 * Suspended cards and cards buried past `now` are left out. Ties break on position, then cardId.
 */
export function buildQueue(input: QueueInput): QueueEntry[] {
  const { now, timeZone } = input;
  const rolloverHour = input.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const opts = { timeZone, rolloverHour };
  const delayMs = (input.repeatDelayMinutes ?? REPEAT_DELAY_MINUTES) * 60_000;
  const dayEnd = nextDayStart(now, timeZone, rolloverHour).getTime();
  const active = input.cards.filter((c) => !c.state || (!c.state.suspended && !isBuried(c.state, now)));

  const repeats: { card: QueueCard; at: number }[] = [];
  const reviews: { card: QueueCard; due: number }[] = [];
  const fresh: QueueCard[] = [];
  for (const card of active) {
    const s = card.state;
    if (s && s.lastReview && isSameDayRepeat(s, now, opts)) repeats.push({ card, at: s.lastReview.getTime() });
    else if (!s || isNew(s)) fresh.push(card);
    else if (s.due.getTime() < dayEnd) reviews.push({ card, due: s.due.getTime() });
  }

  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const done = input.doneToday ?? { newCount: 0, reviewCount: 0 };
  const take = (cards: QueueCard[], field: keyof DailyLimits, doneField: keyof DoneCounts): QueueCard[] => {
    let left = limits[field] - done[doneField];
    const deckLeft = new Map<string, number>();
    const out: QueueCard[] = [];
    for (const card of cards) {
      if (left <= 0) break;
      const cap = input.deckLimits?.[card.deckId]?.[field];
      const remaining = deckLeft.get(card.deckId) ?? (cap === undefined ? Infinity : cap - (done.byDeck?.[card.deckId]?.[doneField] ?? 0));
      if (remaining <= 0) continue;
      deckLeft.set(card.deckId, remaining - 1);
      left -= 1;
      out.push(card);
    }
    return out;
  };

  const ready = repeats.filter((r) => r.at + delayMs <= now.getTime());
  const waiting = repeats.filter((r) => r.at + delayMs > now.getTime());
  const byAnswered = byThen<{ card: QueueCard; at: number }>(
    (r) => r.at,
    (r) => r.card.position,
    (r) => r.card.cardId,
  );
  const entry =
    (kind: QueueKind) =>
    (card: QueueCard): QueueEntry => ({ cardId: card.cardId, deckId: card.deckId, kind });

  return [
    ...ready.sort(byAnswered).map((r) => entry('repeat')(r.card)),
    ...take(
      reviews
        .sort(
          byThen(
            (r) => r.due,
            (r) => r.card.position,
            (r) => r.card.cardId,
          ),
        )
        .map((r) => r.card),
      'reviewsPerDay',
      'reviewCount',
    ).map(entry('review')),
    ...take(
      fresh.sort(
        byThen(
          (c) => c.position,
          (c) => c.cardId,
        ),
      ),
      'newPerDay',
      'newCount',
    ).map(entry('new')),
    ...waiting.sort(byAnswered).map((r) => entry('repeat')(r.card)),
  ];
}
