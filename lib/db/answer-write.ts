import 'server-only';
import { randomBytes } from 'node:crypto';
import type { CardState } from '@/lib/srs';
import { serializeState } from '@/lib/review/types';
import { db } from './client';
import { Prisma, type CardState as CardStateRow } from './generated/client';

/**
 * The answer path's two round trips (lib/db/reviews.ts): one read for the key's earlier
 * answer and the card's state together, and one statement that writes both the state
 * (only at the version that was read) and the log row. A single statement is atomic on
 * its own, so there is no interactive transaction to begin, hold and commit: the log row
 * is inserted only from the update's result, and a key inserted meanwhile by a retry fails
 * the whole statement on the (userId, idempotencyKey) unique index.
 */

export type AnswerContext = { seen: { id: string; cardId: string; grade: number } | null; row: CardStateRow | null };

export async function readAnswerContext(userId: string, idempotencyKey: string, cardId: string): Promise<AnswerContext> {
  const [r] = await db().$queryRaw<(CardStateRow & { seenId: string | null; seenCardId: string | null; seenGrade: number | null })[]>`
    select r.id as "seenId", r."cardId" as "seenCardId", r.grade as "seenGrade", cs.*
    from (select 1) as one
    left join "Review" r on r."userId" = ${userId} and r."idempotencyKey" = ${idempotencyKey}
    left join "CardState" cs on cs."userId" = ${userId} and cs."cardId" = ${cardId}`;
  if (!r) return { seen: null, row: null };
  const { seenId, seenCardId, seenGrade, ...state } = r;
  return {
    seen: seenId ? { id: seenId, cardId: seenCardId!, grade: seenGrade! } : null,
    row: state.userId ? (state as CardStateRow) : null,
  };
}

/** A cuid-shaped id (c + time + random), time-ordered like the ids Prisma makes for the log. */
export const newReviewId = () => `c${Date.now().toString(36).padStart(9, '0')}${randomBytes(10).toString('hex').slice(0, 16)}`;

export type LogRow = {
  id: string;
  userId: string;
  cardId: string;
  idempotencyKey: string;
  grade: number;
  durationMs: number;
  kind: string;
  dayKey: string;
  clientAt: Date;
  serverAt: Date;
};

/**
 * Writes the next state at `version + 1` (or the first state, when `prev` is null) and the
 * log row, in one statement. Returns false when the version moved on (nothing written).
 */
export async function writeAnswer(
  log: LogRow,
  prev: CardState | null,
  next: CardState,
  version: number,
  tx: Pick<Prisma.TransactionClient, '$queryRaw'> = db(),
): Promise<boolean> {
  const s = next;
  const stateBefore = prev ? JSON.stringify(serializeState(prev)) : null;
  const change = Prisma.sql`${log.id}, ${log.userId}, ${log.cardId}, ${log.idempotencyKey}, ${log.grade}::int, ${log.durationMs}::int, ${log.kind},
      ${prev?.ef ?? null}::double precision, ${s.ef}::double precision, ${prev?.interval ?? null}::int, ${s.interval}::int,
      ${prev?.due ?? null}::timestamp(3), ${s.due}::timestamp(3), ${stateBefore}::jsonb, ${version + 1}::int, ${log.dayKey},
      ${log.clientAt}::timestamp(3), ${log.serverAt}::timestamp(3)`;
  const columns = Prisma.sql`(id, "userId", "cardId", "idempotencyKey", grade, "durationMs", kind, "efBefore", "efAfter", "intervalBefore",
      "intervalAfter", "dueBefore", "dueAfter", "stateBefore", "versionAfter", "dayKey", "clientAt", "serverAt")`;
  const write = prev
    ? Prisma.sql`update "CardState" set ef = ${s.ef}, interval = ${s.interval}, repetitions = ${s.repetitions}, due = ${s.due},
        "lastReview" = ${s.lastReview}, lapses = ${s.lapses}, "repeatToday" = ${s.repeatToday}, suspended = ${s.suspended},
        "buriedUntil" = ${s.buriedUntil}, leech = ${s.leech}, "learningStep" = ${s.learningStep}, "stepDue" = ${s.stepDue},
        version = ${version + 1}, "updatedAt" = ${log.serverAt}
        where "userId" = ${log.userId} and "cardId" = ${log.cardId} and version = ${version}`
    : Prisma.sql`insert into "CardState" ("userId", "cardId", ef, interval, repetitions, due, "lastReview", lapses, "repeatToday",
        suspended, "buriedUntil", leech, "learningStep", "stepDue", version, "updatedAt")
        values (${log.userId}, ${log.cardId}, ${s.ef}, ${s.interval}, ${s.repetitions}, ${s.due}, ${s.lastReview}, ${s.lapses},
        ${s.repeatToday}, ${s.suspended}, ${s.buriedUntil}, ${s.leech}, ${s.learningStep}, ${s.stepDue}, 1, ${log.serverAt})
        on conflict do nothing`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    with written as (${write} returning 1)
    insert into "Review" ${columns} select ${change} from written returning id`;
  return rows.length === 1;
}

/** A unique index refused the row: here, the idempotency key recorded meanwhile by a retry. */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const meta = e.meta as { code?: string; driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } | undefined;
  return (
    e.code === 'P2002' ||
    meta?.code === '23505' ||
    meta?.driverAdapterError?.cause?.originalCode === '23505' ||
    /\b23505\b|UniqueConstraintViolation/.test(e.message)
  );
}
