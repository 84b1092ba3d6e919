'use server';

import { authedAction, type ActionResult } from '@/lib/auth/guard';
import { recordAnswer, undoAnswer } from '@/lib/db/reviews';
import { loadReviewQueue, reviewItems } from '@/lib/db/review-queue';
import { dueForecast } from '@/lib/db/today';
import { answerSchema, forecastSchema, loadMoreSchema, undoSchema } from '@/lib/review/schemas';
import { serializeState, type AnswerAck, type ConflictInfo, type QueueCounts, type ReviewItem, type SerializedState } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';

type AnswerResult = ActionResult<AnswerAck> | { ok: false; error: 'conflict'; conflict: ConflictInfo };

/** Records one answer; safe to retry with the same idempotency key. */
export async function answerCard(raw: unknown): Promise<AnswerResult> {
  return authedAction(answerSchema, 'learner', async (input, user): Promise<AnswerResult> => {
    // A prediction's grade must agree with the run: a wrong prediction cannot pass.
    if (input.run && input.run.prediction !== input.run.outcome && input.grade >= 3) {
      return { ok: false, error: 'invalid', fieldErrors: { grade: ['a wrong prediction grades below 3'] } };
    }
    const out = await recordAnswer(user, { ...input, grade: input.grade as Grade });
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'conflict') return { ok: false, error: 'conflict', conflict: out.conflict };
    return { ok: true, data: out.ack };
  })(raw);
}

export async function undoReview(raw: unknown): Promise<ActionResult<{ cardId: string; state: SerializedState | null; version: number; item: ReviewItem }>> {
  return authedAction(undoSchema, 'learner', async ({ reviewId }, user) => {
    const out = await undoAnswer(user.id, reviewId);
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'conflict') return { ok: false, error: 'conflict' };
    const queue = { entries: [], counts: { repeat: 0, review: 0, new: 0 }, states: new Map([[out.cardId, { state: out.state, version: out.version }]]) };
    const kind = out.state.lastReview === null ? 'new' : 'review';
    const [item] = await reviewItems(queue, [{ cardId: out.cardId, deckId: '', kind }]);
    if (!item) return { ok: false, error: 'not_found' };
    return { ok: true, data: { cardId: out.cardId, state: out.state.lastReview ? serializeState(out.state) : null, version: out.version, item } };
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

export async function sessionForecast(raw: unknown): Promise<ActionResult<{ days: { day: string; count: number }[] }>> {
  return authedAction(forecastSchema, 'learner', async ({ deckId }, user) => {
    return { ok: true, data: { days: await dueForecast(user, deckId, 7) } };
  })(raw);
}
