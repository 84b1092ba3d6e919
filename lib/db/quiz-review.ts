import 'server-only';
import { missedState } from '@/lib/quiz/missed';
import { summarize, type QuizResults } from '@/lib/quiz/results';
import { dayKey } from '@/lib/srs';
import { stateChangeColumns, stateColumns, toCardState } from './card-state';
import { db } from './client';
import { cardAccessWhere } from './deck-access';
import { getAttempt, type AttemptView, type StoredAnswer } from './quizzes';
import type { AppUser } from './users';

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'>;

/** The attempt's results, computed from its snapshot and stored answers. */
export function attemptResults(attempt: AttemptView, answers: readonly StoredAnswer[]): QuizResults {
  return summarize(
    attempt.items.map((item, index) => ({ index, ...item })),
    answers.map((a) => ({
      itemIndex: a.itemIndex,
      correct: a.correct,
      certainty: a.certainty,
      score: a.score,
      late: a.late,
      rating: a.response.form === 'self' ? a.response.rating : null,
    })),
    attempt.certainty,
  );
}

/** The review-log key of one missed card of one attempt: applying twice finds it and skips. */
export const missedKey = (attemptId: string, cardId: string) => `quiz:${attemptId}:${cardId}`;

export type ReviewMissedOutcome = { kind: 'ok'; cards: string[]; already: string[] } | { kind: 'not_found' } | { kind: 'open' };

/**
 * "Review what I missed": every missed card of a finished attempt becomes due now in the
 * learner's SM-2 queue, and gets one review-log entry with origin 'quiz' (kind 'quiz', which no
 * daily limit or statistic counts). One transaction; the entry's idempotency key makes a second
 * click change nothing.
 */
export async function reviewMissed(user: Learner, attemptId: string, now = new Date()): Promise<ReviewMissedOutcome> {
  const found = await getAttempt(user.id, attemptId);
  if (!found) return { kind: 'not_found' };
  if (!found.attempt.finishedAt) return { kind: 'open' };
  const results = attemptResults(found.attempt, found.answers);
  // A card asked twice would be missed twice: once is enough.
  const missed = [...new Map(results.missed.map((m) => [m.cardId, m])).values()];
  const day = dayKey(now, user.timeZone, user.rolloverHour);
  return db().$transaction(async (tx) => {
    const cards: string[] = [];
    const already: string[] = [];
    for (const m of missed) {
      const key = missedKey(attemptId, m.cardId);
      const seen = await tx.review.findUnique({ where: { userId_idempotencyKey: { userId: user.id, idempotencyKey: key } } });
      if (seen) {
        already.push(m.cardId);
        continue;
      }
      const card = await tx.card.findFirst({ where: { id: m.cardId, ...cardAccessWhere(user.id) }, select: { id: true } });
      if (!card) continue;
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: m.cardId } } });
      const prev = row ? toCardState(row) : null;
      const next = missedState(prev, now);
      const version = (row?.version ?? 0) + 1;
      if (row)
        await tx.cardState.update({
          where: { userId_cardId: { userId: user.id, cardId: m.cardId } },
          data: { ...stateColumns(next), version },
        });
      else await tx.cardState.create({ data: { userId: user.id, cardId: m.cardId, ...stateColumns(next), version } });
      await tx.review.create({
        data: {
          userId: user.id,
          cardId: m.cardId,
          idempotencyKey: key,
          // What the quiz said, on the SM-2 scale: 0 for a misconception, 1 for any other miss.
          grade: m.misconception ? 0 : 1,
          durationMs: 0,
          kind: 'quiz',
          origin: 'quiz',
          ...stateChangeColumns(prev, next, version),
          dayKey: day,
          clientAt: now,
          serverAt: now,
        },
      });
      cards.push(m.cardId);
    }
    await tx.quizAttempt.update({ where: { id: attemptId }, data: { reviewedAt: found.attempt.reviewedAt ?? now } });
    return { kind: 'ok', cards, already } as const;
  });
}
