import 'server-only';
import { deserializeState, serializeState, type AnswerAck, type AnswerInput, type ConflictInfo, type QueueKind } from '@/lib/review/types';
import { fuzzSeed } from '@/lib/review/fuzz-seed';
import {
  dayKey,
  isSameDayRepeat,
  learningOptions,
  newCardState,
  sameDayDueAt,
  schedule,
  type CardState,
  type LearningPrefs,
  type ScheduleOptions,
} from '@/lib/srs';
import { stateChangeColumns, stateColumns, toCardState } from './card-state';
import { db } from './client';
import { cardAccessWhere } from './deck-access';
import { Prisma } from './generated/client';
import type { AppUser } from './users';

export type AnswerOutcome =
  | { kind: 'ok'; ack: AnswerAck }
  | { kind: 'duplicate'; ack: AnswerAck }
  /** The key was used before for another card or grade: nothing recorded (HTTP 409 semantics). */
  | { kind: 'key_reused' }
  | { kind: 'conflict'; conflict: ConflictInfo }
  | { kind: 'not_found' };

class VersionConflict extends Error {}

type Tx = Prisma.TransactionClient;
type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'> & Partial<Pick<AppUser, 'fuzz' | 'leechAction'> & LearningPrefs>;

/** When the card comes back this learning day (a learning step, an SM-2 repeat), for the session to wait for. */
const dueAtIso = (state: CardState, now: Date, user: Pick<AppUser, 'timeZone' | 'rolloverHour'>) =>
  sameDayDueAt(state, now, user)?.toISOString() ?? null;

async function currentAck(tx: Tx | ReturnType<typeof db>, user: Learner, cardId: string, reviewId: string): Promise<AnswerAck> {
  const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } } });
  const now = new Date();
  const state = row ? toCardState(row) : newCardState(now);
  return { reviewId, cardId, state: serializeState(state), version: row?.version ?? 0, duplicate: true, dueAt: dueAtIso(state, now, user) };
}

async function conflictInfo(userId: string, cardId: string): Promise<ConflictInfo> {
  const row = await db().cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  return { cardId, state: row ? serializeState(toCardState(row)) : null, version: row?.version ?? 0 };
}

/**
 * Records one answer: the state and the log change in one transaction. The client's
 * idempotency key makes retries and double clicks count once; the version makes two
 * tabs answering the same card apply exactly one answer and report a conflict for
 * the other.
 */
export async function recordAnswer(user: Learner, input: AnswerInput & { runCorrect?: boolean }, now = new Date()): Promise<AnswerOutcome> {
  const { id: userId } = user;
  const opts: ScheduleOptions = {
    timeZone: user.timeZone,
    rolloverHour: user.rolloverHour,
    // Seeded by learner, card and day: the session previews the same value, and a retry gets it again.
    fuzz: user.fuzz ? { seed: fuzzSeed(userId, input.cardId, dayKey(now, user.timeZone, user.rolloverHour)) } : false,
    leechAction: user.leechAction ?? 'tag',
    learning: user.scheduler ? learningOptions(user as LearningPrefs) : false,
  };
  const findByKey = () => db().review.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
  // A true retry (same card, same grade) gets the first answer's ack; another payload under
  // the same key is refused, as Stripe's API does, rather than acknowledged as if applied.
  const replay = async (seen: { id: string; cardId: string; grade: number }): Promise<AnswerOutcome> =>
    seen.cardId === input.cardId && seen.grade === input.grade
      ? { kind: 'duplicate', ack: await currentAck(db(), user, seen.cardId, seen.id) }
      : { kind: 'key_reused' };
  const seen = await findByKey();
  if (seen) return replay(seen);
  try {
    return await db().$transaction(async (tx) => {
      const card = await tx.card.findFirst({ where: { id: input.cardId, ...cardAccessWhere(userId) }, select: { id: true } });
      if (!card) return { kind: 'not_found' } as const;
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: input.cardId } } });
      const version = row?.version ?? 0;
      if (version !== input.expectedVersion) throw new VersionConflict();
      const prev: CardState | null = row ? toCardState(row) : null;
      const next = schedule(prev, input.grade, now, opts);
      // A learning-step answer is a repeat, like SM-2's same-day drills: neither a new card nor a review.
      const kind: QueueKind =
        !prev || prev.lastReview === null ? 'new' : isSameDayRepeat(prev, now, opts) || prev.learningStep !== null ? 'repeat' : 'review';
      if (row) {
        const updated = await tx.cardState.updateMany({
          where: { userId, cardId: input.cardId, version },
          data: { ...stateColumns(next), version: version + 1 },
        });
        if (updated.count !== 1) throw new VersionConflict();
      } else {
        await tx.cardState.create({ data: { userId, cardId: input.cardId, ...stateColumns(next), version: 1 } });
      }
      const review = await tx.review.create({
        data: {
          userId,
          cardId: input.cardId,
          idempotencyKey: input.idempotencyKey,
          grade: input.grade,
          durationMs: Math.max(0, Math.min(Math.round(input.durationMs), 24 * 3600_000)),
          kind,
          ...stateChangeColumns(prev, next, version + 1),
          dayKey: dayKey(now, opts.timeZone, opts.rolloverHour),
          clientAt: new Date(input.clientAt),
          serverAt: now,
        },
      });
      if (input.run) {
        const r = input.run;
        await tx.experimentRun.create({
          data: {
            userId,
            experimentId: r.experimentId,
            cardId: input.cardId,
            reviewId: review.id,
            idempotencyKey: input.idempotencyKey,
            prediction: r.prediction,
            confidence: r.confidence ?? null,
            params: r.params,
            seed: r.seed,
            metrics: r.metrics,
            outcome: r.outcome,
            correct: input.runCorrect ?? r.prediction === r.outcome,
            backend: r.backend ?? null,
            durationMs: r.durationMs ?? null,
          },
        });
      }
      return {
        kind: 'ok',
        ack: {
          reviewId: review.id,
          cardId: input.cardId,
          state: serializeState(next),
          version: version + 1,
          duplicate: false,
          dueAt: dueAtIso(next, now, user),
        },
      } as const;
    });
  } catch (e) {
    const raced = e instanceof VersionConflict || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002');
    if (!raced) throw e;
    // The same key may have won the race in another request: that is a duplicate, not a conflict.
    const again = await findByKey();
    if (again) return replay(again);
    return { kind: 'conflict', conflict: await conflictInfo(userId, input.cardId) };
  }
}

export type UndoOutcome =
  | { kind: 'ok'; cardId: string; state: CardState; version: number }
  | { kind: 'not_found' }
  /** The card changed after that answer (another answer, a bury or a suspend): undo would erase it. */
  | { kind: 'conflict'; conflict: ConflictInfo };

/**
 * Undoes an answer: restores the state before it and marks the log row undone (never
 * deleted). Only the card's latest standing answer can be undone, so repeated undo
 * walks back through the session one answer at a time, and only while the card's version
 * is still the answer's `versionAfter`.
 */
export async function undoAnswer(userId: string, reviewId: string, now = new Date()): Promise<UndoOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const review = await tx.review.findFirst({ where: { id: reviewId, userId, undoneAt: null } });
      if (!review) return { kind: 'not_found' } as const;
      const latest = await tx.review.findFirst({
        where: { userId, cardId: review.cardId, undoneAt: null },
        orderBy: [{ serverAt: 'desc' }, { id: 'desc' }],
        select: { id: true },
      });
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: review.cardId } } });
      // Only the card's latest answer can be undone, and only while the state is still the one
      // it wrote: a bury or suspend since then bumped the version, and restoring the state
      // before the answer would silently lift it. Later answers that were undone since each
      // bumped it twice (answer, undo), so walking back through a session still works.
      const undoneSince = await tx.review.count({
        where: { userId, cardId: review.cardId, undoneAt: { not: null }, versionAfter: { gt: review.versionAfter } },
      });
      if (latest?.id !== review.id || !row || row.version !== review.versionAfter + 2 * undoneSince) throw new VersionConflict();
      const before = review.stateBefore
        ? deserializeState(review.stateBefore as unknown as Parameters<typeof deserializeState>[0])
        : newCardState(now);
      const version = row.version + 1;
      const updated = await tx.cardState.updateMany({
        where: { userId, cardId: review.cardId, version: row.version },
        data: { ...stateColumns(before), version },
      });
      if (updated.count !== 1) throw new VersionConflict();
      await tx.review.update({ where: { id: review.id }, data: { undoneAt: now } });
      return { kind: 'ok', cardId: review.cardId, state: before, version } as const;
    });
  } catch (e) {
    if (!(e instanceof VersionConflict)) throw e;
    const review = await db().review.findFirst({ where: { id: reviewId, userId }, select: { cardId: true } });
    return review ? { kind: 'conflict', conflict: await conflictInfo(userId, review.cardId) } : { kind: 'not_found' };
  }
}
