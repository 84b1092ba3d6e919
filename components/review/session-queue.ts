/**
 * The session queue's helpers, pure: which card is due, and how waiting same-day repeats
 * step aside. A queued item may carry `waitUntil` (a same-day repeat not yet due); the head
 * of the queue is on screen only when it is due.
 */
import { repeatDueAt } from '@/lib/review/repeat-due';
import type { ReviewItem } from '@/lib/review/types';

export interface QueuedItem extends ReviewItem {
  /** A same-day repeat: not shown before this time (ms since epoch, the server's clock). */
  waitUntil?: number;
}

export const isDue = (item: QueuedItem, now: number) => item.waitUntil === undefined || item.waitUntil <= now;

/** A card as the session queues it: a repeat loaded from the server waits out its delay too. */
export function queued(item: ReviewItem, explicitDueAt?: string | null): QueuedItem {
  const at = item.kind === 'repeat' ? repeatDueAt(item.state, explicitDueAt ?? item.dueAt) : null;
  const { waitUntil: _drop, ...rest } = item as QueuedItem;
  return at === null ? rest : { ...rest, waitUntil: at };
}

/** The item without its wait: shown now (undone, or reviewed early on purpose). */
export function unwaited(item: QueuedItem): QueuedItem {
  const { waitUntil: _drop, ...rest } = item;
  return rest;
}

/**
 * Keeps the card on screen (the head, due at `shownAt`) in place. Otherwise brings the first
 * card due at `now` to the front, so a waiting repeat never blocks the cards behind it; with
 * none due the queue waits. Returns the queue and when its head was shown.
 */
export function settleQueue(queue: QueuedItem[], shownAt: number, now: number): { queue: QueuedItem[]; shownAt: number } {
  const head = queue[0];
  if (!head || isDue(head, shownAt)) return { queue, shownAt };
  const index = queue.findIndex((q) => isDue(q, now));
  if (index < 0) return { queue, shownAt };
  return { queue: [queue[index]!, ...queue.slice(0, index), ...queue.slice(index + 1)], shownAt: now };
}

/** The earliest time a waiting card is due, or null if none waits. */
export function nextDueAt(queue: readonly QueuedItem[]): number | null {
  const times = queue.flatMap((q) => (q.waitUntil === undefined ? [] : [q.waitUntil]));
  return times.length ? Math.min(...times) : null;
}

export function refresh(queue: QueuedItem[], cardId: string, fresh: Pick<ReviewItem, 'state' | 'version'>): QueuedItem[] {
  return queue.map((q) => (q.cardId === cardId ? { ...q, state: fresh.state, version: fresh.version } : q));
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

export function uniqueByCard<T extends ReviewItem>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.cardId) && (seen.add(i.cardId), true));
}
