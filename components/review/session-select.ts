/** Selectors over the review session's state (session-state.ts), pure. */
import type { SessionAnswer } from '@/lib/srs';
import { isDue, nextDueAt, type QueuedItem } from './session-queue';
import type { SessionState, UndoRef, UndoTarget } from './session-state';

/** The card on screen: the head of the queue if due when shown (cards in `hidden` are skipped). */
export function currentCard(state: SessionState, hidden: ReadonlySet<string> = new Set()): QueuedItem | null {
  const head = state.queue.find((q) => !hidden.has(q.cardId));
  return head && isDue(head, state.shownAt) ? head : null;
}

/** When the next card is due if only waiting repeats are left (and the learner has not finished), else null. */
export function waitingUntil(state: SessionState): number | null {
  if (state.finishedEarly || currentCard(state)) return null;
  return nextDueAt(state.queue);
}

/** The action `U` would undo: the newest answer, bury or suspend the server has not refused. */
export function lastUndoable(state: SessionState): UndoTarget | null {
  for (let i = state.undoStack.length - 1; i >= 0; i -= 1) {
    const target = resolveRef(state, state.undoStack[i]!);
    if (target) return target;
  }
  return null;
}

export function resolveRef(state: SessionState, ref: UndoRef): UndoTarget | null {
  if (ref.type === 'answer') {
    const entry = state.answered.find((a) => a.key === ref.key);
    return entry && (entry.status === 'pending' || entry.status === 'acked') ? { type: 'answer', entry } : null;
  }
  const entry = state.setAside.find((a) => a.item.cardId === ref.cardId);
  return entry ? { type: 'setAside', entry } : null;
}

/** Answers that count for the summary (refused ones were never recorded). */
export function summaryAnswers(state: SessionState): SessionAnswer[] {
  return state.answered
    .filter((a) => a.status === 'pending' || a.status === 'acked')
    .map((a) => ({ grade: a.grade, durationMs: a.durationMs, repeat: a.item.kind === 'repeat' }));
}

export function progress(state: SessionState): { done: number; left: number } {
  return { done: summaryAnswers(state).length, left: state.queue.length + state.unloaded };
}

/** Card ids the server must not send again (held in the queue, answered or set aside in this session). */
export function heldCardIds(state: SessionState): string[] {
  const ids = [...state.queue, ...state.answered.map((a) => a.item), ...state.setAside.map((a) => a.item)].map((i) => i.cardId);
  return [...new Set(ids)];
}

/** Prefetch when fewer cards than this are left in the client's queue. */
export const PREFETCH_BELOW = 5;

export const shouldPrefetch = (state: SessionState) => state.queue.length < PREFETCH_BELOW && state.unloaded > 0;

/**
 * The session is over when nothing pending could still bring a card back (a repeat, a refused
 * bury) and no card is left, or the learner finished for now with only waiting repeats left.
 */
export const isFinished = (state: SessionState) =>
  (state.queue.length === 0 || state.finishedEarly) &&
  state.unloaded === 0 &&
  !state.answered.some((a) => a.status === 'pending') &&
  !state.setAside.some((a) => a.status === 'pending');
