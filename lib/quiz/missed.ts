/**
 * "Review what I missed": the card's SM-2 state once a quiz sends it back to today's queue.
 * Pure; see ./README.md.
 */
import { newCardState, type CardState } from '@/lib/srs';

/**
 * Due now, and nothing else changes: EF, interval, repetitions and lapses are the review
 * session's to change when the learner answers the card (the quiz never grades a card in
 * SM-2, so nothing counts twice). A buried card is unburied (the learner asked for it); a
 * suspended one stays suspended. A card never studied gets a state whose last review is the
 * quiz, so it comes as a due review today instead of waiting behind the new-card limit.
 */
export function missedState(prev: CardState | null, now: Date): CardState {
  if (!prev || prev.lastReview === null) return { ...(prev ?? newCardState(now)), lastReview: now, due: now, buriedUntil: null };
  return { ...prev, due: prev.due.getTime() < now.getTime() ? prev.due : now, buriedUntil: null };
}
