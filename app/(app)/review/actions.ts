'use server';

import { revalidatePath } from 'next/cache';
import { authedAction, type ActionResult } from '@/lib/auth/guard';
import * as cardActions from '@/lib/db/card-actions';
import { recordAnswer, undoAnswer } from '@/lib/db/reviews';
import { getPredictSpec, loadReviewQueue, reviewItems } from '@/lib/db/review-queue';
import { predictionCorrect } from '@/lib/quiz/predict';
import { dueForecast, learningDayTotals } from '@/lib/db/today';
import {
  answerSchema,
  cardVersionSchema,
  forecastSchema,
  loadMoreSchema,
  undoSchema,
  undoSetAsideSchema,
  unsuspendSchema,
} from '@/lib/review/schemas';
import {
  serializeState,
  type AnswerAck,
  type ConflictInfo,
  type QueueCounts,
  type ReviewItem,
  type SerializedState,
  type SessionForecast,
} from '@/lib/review/types';
import type { Grade } from '@/lib/srs';

type AnswerResult = ActionResult<AnswerAck> | { ok: false; error: 'conflict'; conflict: ConflictInfo };

/** Records one answer; safe to retry with the same idempotency key. */
export async function answerCard(raw: unknown): Promise<AnswerResult> {
  return authedAction(answerSchema, 'learner', async (input, user): Promise<AnswerResult> => {
    let runCorrect: boolean | undefined;
    if (input.run) {
      // The server judges the run itself: the outcome comes from the experiment's answer
      // rule over the measurements, and a wrong prediction cannot be graded as a pass.
      const spec = await getPredictSpec(input.cardId, user.id);
      if (!spec || spec.experiment !== input.run.experimentId)
        return { ok: false, error: 'invalid', fieldErrors: { run: ["not this card's experiment"] } };
      const { getRunnable } = await import('@/lib/experiments/runnables');
      const decided = getRunnable(spec.experiment)?.decide(input.run.metrics, input.run.params);
      if (!decided) return { ok: false, error: 'invalid', fieldErrors: { run: ['unknown experiment'] } };
      runCorrect = predictionCorrect(input.run.prediction, decided, input.run.metrics, spec);
      if (!runCorrect && input.grade >= 3)
        return { ok: false, error: 'invalid', fieldErrors: { grade: ['a wrong prediction grades below 3'] } };
      input.run.outcome = decided;
    }
    const out = await recordAnswer(user, { ...input, grade: input.grade as Grade, runCorrect });
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'key_reused') return { ok: false, error: 'key_reused' };
    if (out.kind === 'conflict') return { ok: false, error: 'conflict', conflict: out.conflict };
    return { ok: true, data: out.ack };
  })(raw);
}

export async function undoReview(
  raw: unknown,
): Promise<ActionResult<{ cardId: string; state: SerializedState | null; version: number; item: ReviewItem }>> {
  return authedAction(undoSchema, 'learner', async ({ reviewId }, user) => {
    const out = await undoAnswer(user.id, reviewId);
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'conflict') return { ok: false, error: 'conflict' };
    const queue = {
      entries: [],
      counts: { repeat: 0, review: 0, new: 0 },
      states: new Map([[out.cardId, { state: out.state, version: out.version }]]),
    };
    const kind = out.state.lastReview === null ? 'new' : 'review';
    const [item] = await reviewItems(queue, [{ cardId: out.cardId, deckId: '', kind }]);
    if (!item) return { ok: false, error: 'not_found' };
    return {
      ok: true,
      data: { cardId: out.cardId, state: out.state.lastReview ? serializeState(out.state) : null, version: out.version, item },
    };
  })(raw);
}

/** The next cards of the queue that the client does not hold yet (prefetch). */
export async function loadMoreCards(raw: unknown): Promise<ActionResult<{ items: ReviewItem[]; counts: QueueCounts }>> {
  return authedAction(loadMoreSchema, 'learner', async ({ deckId, exclude }, user) => {
    const queue = await loadReviewQueue(user, deckId);
    if (!queue) return { ok: false, error: 'not_found' };
    const skip = new Set(exclude);
    const items = await reviewItems(queue, queue.entries.filter((e) => !skip.has(e.cardId)).slice(0, 10));
    return { ok: true, data: { items, counts: queue.counts } };
  })(raw);
}

export async function sessionForecast(raw: unknown): Promise<ActionResult<SessionForecast>> {
  return authedAction(forecastSchema, 'learner', async ({ deckId }, user) => {
    const now = new Date();
    const [days, today] = await Promise.all([dueForecast(user, deckId, 7, now), learningDayTotals(user, now)]);
    return { ok: true, data: { days, today } };
  })(raw);
}

type CardActionData = { cardId: string; state: SerializedState; version: number };
type CardActionResult = ActionResult<CardActionData> | { ok: false; error: 'conflict'; conflict: ConflictInfo };

function toResult(out: cardActions.CardActionOutcome): CardActionResult {
  if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
  if (out.kind === 'conflict') return { ok: false, error: 'conflict', conflict: out.conflict };
  return { ok: true, data: { cardId: out.cardId, state: out.state, version: out.version } };
}

/** Hides the card until the learner's next day; refused if the card changed since `expectedVersion`. */
export async function buryCard(raw: unknown): Promise<CardActionResult> {
  return authedAction(cardVersionSchema, 'learner', async ({ cardId, expectedVersion }, user): Promise<CardActionResult> => {
    return toResult(await cardActions.buryCard(user, cardId, expectedVersion));
  })(raw);
}

/** Suspends the card until the learner unsuspends it (on /settings). */
export async function suspendCard(raw: unknown): Promise<CardActionResult> {
  return authedAction(cardVersionSchema, 'learner', async ({ cardId, expectedVersion }, user): Promise<CardActionResult> => {
    return toResult(await cardActions.suspendCard(user, cardId, expectedVersion));
  })(raw);
}

/** Undoes the session's bury or suspend of a card; refused (conflict) if the card changed since. */
export async function undoSetAside(raw: unknown): Promise<CardActionResult> {
  return authedAction(undoSetAsideSchema, 'learner', async ({ cardId, kind, expectedVersion }, user): Promise<CardActionResult> => {
    return toResult(await cardActions.undoSetAside(user, cardId, kind, expectedVersion));
  })(raw);
}

/** Puts a suspended card back into the learner's queues (the list on /settings). */
export async function unsuspendCard(raw: unknown): Promise<CardActionResult> {
  return authedAction(unsuspendSchema, 'learner', async ({ cardId }, user): Promise<CardActionResult> => {
    const out = toResult(await cardActions.unsuspendCard(user, cardId));
    if (out.ok) revalidatePath('/settings');
    return out;
  })(raw);
}
