'use server';

import { randomInt } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { authedAction, type ActionResult } from '@/lib/auth/guard';
import { getPredictSpec } from '@/lib/db/review-queue';
import { quizFeedback, selfItemBack } from '@/lib/db/quiz-items';
import { reviewMissed } from '@/lib/db/quiz-review';
import { answerItem, createDefinition, finishAttempt, getAttempt, startOrResume } from '@/lib/db/quizzes';
import type { QuizResponse } from '@/lib/quiz/grade-item';
import { predictionCorrect } from '@/lib/quiz/predict';
import {
  attemptRefSchema,
  createQuizSchema,
  definitionRefSchema,
  itemRefSchema,
  quizAnswerSchema,
  type QuizAnswerInput,
} from '@/lib/quiz/schemas';
import type { QuizFeedback } from '@/lib/quiz/views';

/** Saves a new quiz definition owned by the caller; its id is the share link. */
export async function createQuiz(raw: unknown): Promise<ActionResult<{ id: string }>> {
  return authedAction(createQuizSchema, 'learner', async (input, user) => {
    const def = await createDefinition(user.id, { ...input, seed: input.seed ?? randomInt(0, 2 ** 31 - 1) });
    revalidatePath('/quiz');
    return { ok: true, data: { id: def.id } };
  })(raw);
}

/** The caller's open attempt at a definition, or a new one (anyone signed in may take a shared quiz). */
export async function startQuiz(raw: unknown): Promise<ActionResult<{ attemptId: string; resumed: boolean }>> {
  return authedAction(definitionRefSchema, 'learner', async ({ definitionId }, user) => {
    const out = await startOrResume(user.id, definitionId);
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'empty') return { ok: false, error: 'invalid', message: 'empty' };
    return { ok: true, data: { attemptId: out.attempt.id, resumed: out.resumed } };
  })(raw);
}

/** A predict answer is judged here, from the run's measurements, as in review. */
async function judge(userId: string, input: QuizAnswerInput): Promise<QuizResponse | 'not_found' | 'invalid'> {
  const r = input.response;
  if (r.form !== 'predict') return r;
  const found = await getAttempt(userId, input.attemptId);
  if (!found) return 'not_found';
  const item = found.attempt.items[input.itemIndex];
  const spec = item ? await getPredictSpec(item.cardId, userId) : null;
  if (!spec || spec.experiment !== r.run.experimentId) return 'invalid';
  const { getRunnable } = await import('@/lib/experiments/runnables');
  const decided = getRunnable(spec.experiment)?.decide(r.run.metrics, r.run.params);
  if (!decided) return 'invalid';
  return { form: 'predict', prediction: r.run.prediction, correct: predictionCorrect(r.run.prediction, decided, r.run.metrics, spec) };
}

/** Saves one answer (safe to retry with the same key) and returns what the learner may now see. */
export async function answerQuizItem(raw: unknown): Promise<ActionResult<QuizFeedback>> {
  return authedAction(quizAnswerSchema, 'learner', async (input, user): Promise<ActionResult<QuizFeedback>> => {
    const response = await judge(user.id, input);
    if (response === 'not_found') return { ok: false, error: 'not_found' };
    if (response === 'invalid') return { ok: false, error: 'invalid', fieldErrors: { response: ['not this item'] } };
    const out = await answerItem(user.id, { ...input, response });
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'invalid') return { ok: false, error: 'invalid', fieldErrors: { response: ['not this item'] } };
    if (out.kind === 'key_reused') return { ok: false, error: 'key_reused' };
    if (out.kind !== 'ok' && out.kind !== 'duplicate') return { ok: false, error: 'conflict', message: out.kind };
    const found = await getAttempt(user.id, input.attemptId);
    const [feedback] = await quizFeedback(found!.attempt.items, [out.answer]);
    return feedback ? { ok: true, data: feedback } : { ok: false, error: 'not_found' };
  })(raw);
}

/** The back of a self-rated item in the caller's own attempt: nothing is in the page before the learner reveals it. */
export async function revealQuizItem(raw: unknown): Promise<ActionResult<{ backHtml: string }>> {
  return authedAction(itemRefSchema, 'learner', async ({ attemptId, itemIndex }, user): Promise<ActionResult<{ backHtml: string }>> => {
    const found = await getAttempt(user.id, attemptId);
    if (!found) return { ok: false, error: 'not_found' };
    const backHtml = await selfItemBack(found.attempt.items[itemIndex]);
    if (backHtml === null) return { ok: false, error: 'invalid', fieldErrors: { itemIndex: ['not a self-rated item'] } };
    return { ok: true, data: { backHtml } };
  })(raw);
}

/** Ends the caller's attempt; the results page shows it. */
export async function finishQuiz(raw: unknown): Promise<ActionResult<{ definitionId: string }>> {
  return authedAction(attemptRefSchema, 'learner', async ({ attemptId }, user) => {
    const attempt = await finishAttempt(user.id, attemptId);
    if (!attempt) return { ok: false, error: 'not_found' };
    revalidatePath(`/quiz/${attempt.definitionId}`);
    return { ok: true, data: { definitionId: attempt.definitionId } };
  })(raw);
}

/** "Review what I missed": the missed cards become due today, each logged once with origin 'quiz'. */
export async function reviewMissedAction(raw: unknown): Promise<ActionResult<{ added: number; already: number }>> {
  return authedAction(attemptRefSchema, 'learner', async ({ attemptId }, user) => {
    const out = await reviewMissed(user, attemptId);
    if (out.kind === 'not_found') return { ok: false, error: 'not_found' };
    if (out.kind === 'open') return { ok: false, error: 'conflict', message: 'open' };
    revalidatePath('/');
    return { ok: true, data: { added: out.cards.length, already: out.already.length } };
  })(raw);
}
