/**
 * When a same-day repeat may be shown again. Pure and shared by everything on the client that
 * decides whether a repeat waits: the session's reducer and the "next card in" countdown.
 */
import { REPEAT_DELAY_MINUTES } from '@/lib/srs';
import type { SerializedState } from './types';

/**
 * The time (ms since epoch) before which a card repeated today must not come back, or null
 * when the card does not come back today. An explicit due time from the scheduler (an
 * `AnswerAck.dueAt`, e.g. from learning steps in minutes) wins; otherwise the server's rule
 * (lib/srs/queue.ts, REPEAT_DELAY_MINUTES after the last answer) is applied to `lastReview`.
 * Both times come from the server's clock.
 */
export function repeatDueAt(
  state: Pick<SerializedState, 'repeatToday' | 'lastReview' | 'suspended'> | null,
  explicitDueAt?: string | null,
  delayMinutes: number = REPEAT_DELAY_MINUTES,
): number | null {
  if (!state || state.suspended) return null;
  const explicit = explicitDueAt ? Date.parse(explicitDueAt) : NaN;
  if (Number.isFinite(explicit)) return explicit;
  if (!state.repeatToday || !state.lastReview) return null;
  const last = Date.parse(state.lastReview);
  return Number.isFinite(last) ? last + delayMinutes * 60_000 : null;
}
