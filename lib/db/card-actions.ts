import 'server-only';
import { serializeState, type ConflictInfo, type SerializedState } from '@/lib/review/types';
import { bury, newCardState, suspend, unbury, unsuspend, type CardState } from '@/lib/srs';
import { stateColumns, toCardState } from './card-state';
import { db } from './client';
import { cardAccessWhere } from './deck-access';
import { suspendedWhere } from './counts';
import { Prisma } from './generated/client';
import type { AppUser } from './users';

export type CardActionOutcome =
  | { kind: 'ok'; cardId: string; state: SerializedState; version: number }
  | { kind: 'conflict'; conflict: ConflictInfo }
  | { kind: 'not_found' };

type Learner = Pick<AppUser, 'id' | 'timeZone' | 'rolloverHour'>;

class VersionConflict extends Error {}

/**
 * Applies `change` to the learner's state of one card in one transaction, with the same
 * optimistic check as an answer: it applies only to `expectedVersion` (0 = no state yet,
 * in which case the state starts as a new card's). `null` skips the check.
 */
async function changeState(
  userId: string,
  cardId: string,
  expectedVersion: number | null,
  now: Date,
  change: (s: CardState) => CardState,
): Promise<CardActionOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const card = await tx.card.findFirst({ where: { id: cardId, ...cardAccessWhere(userId) }, select: { id: true } });
      if (!card) return { kind: 'not_found' } as const;
      const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
      const version = row?.version ?? 0;
      if (expectedVersion !== null && version !== expectedVersion) throw new VersionConflict();
      const next = change(row ? toCardState(row) : newCardState(now));
      if (row) {
        const updated = await tx.cardState.updateMany({
          where: { userId, cardId, version },
          data: { ...stateColumns(next), version: version + 1 },
        });
        if (updated.count !== 1) throw new VersionConflict();
      } else {
        await tx.cardState.create({ data: { userId, cardId, ...stateColumns(next), version: 1 } });
      }
      return { kind: 'ok', cardId, state: serializeState(next), version: version + 1 } as const;
    });
  } catch (e) {
    // Two first writes of a card's state race on the primary key: the loser is a conflict too.
    const raced = e instanceof VersionConflict || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002');
    if (!raced) throw e;
    const row = await db().cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
    return { kind: 'conflict', conflict: { cardId, state: row ? serializeState(toCardState(row)) : null, version: row?.version ?? 0 } };
  }
}

/** Hides the card until the learner's next day starts (their time zone and rollover hour). */
export function buryCard(user: Learner, cardId: string, expectedVersion: number, now = new Date()): Promise<CardActionOutcome> {
  return changeState(user.id, cardId, expectedVersion, now, (s) => bury(s, now, user.timeZone, user.rolloverHour));
}

/** Takes the card out of every queue until unsuspended; its schedule is kept. */
export function suspendCard(
  user: Pick<AppUser, 'id'>,
  cardId: string,
  expectedVersion: number,
  now = new Date(),
): Promise<CardActionOutcome> {
  return changeState(user.id, cardId, expectedVersion, now, suspend);
}

/**
 * Undoes a bury or suspend from the review session: only if the card is still as that action
 * left it (`expectedVersion` is the version it returned); a conflict otherwise, with the
 * current state. The schedule is kept, as after unsuspending on /settings. A card the learner
 * has no state for (never set aside) is not found.
 */
export async function undoSetAside(
  user: Pick<AppUser, 'id'>,
  cardId: string,
  kind: 'bury' | 'suspend',
  expectedVersion: number,
  now = new Date(),
): Promise<CardActionOutcome> {
  const exists = await db().cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } }, select: { version: true } });
  if (!exists) return { kind: 'not_found' };
  return changeState(user.id, cardId, expectedVersion, now, kind === 'bury' ? unbury : unsuspend);
}

/**
 * Puts a suspended card back (due as before). No version check: unsuspending is the same
 * whatever happened to the card since the list was shown. A card with no state is not found.
 */
export async function unsuspendCard(user: Pick<AppUser, 'id'>, cardId: string, now = new Date()): Promise<CardActionOutcome> {
  const exists = await db().cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } }, select: { version: true } });
  if (!exists) return { kind: 'not_found' };
  return changeState(user.id, cardId, null, now, unsuspend);
}

export interface SuspendedCard {
  cardId: string;
  /** The card's front, as written (Markdown source), for a plain-text list. */
  front: string;
  leech: boolean;
  /** The card's place in its note. */
  noteHref: string;
}

/** The learner's suspended cards (those Stats counts: see `suspendedWhere`), most recently changed first. */
export async function listSuspendedCards(userId: string, take = 100): Promise<{ cards: SuspendedCard[]; total: number }> {
  const where = suspendedWhere(userId);
  const [rows, total] = await Promise.all([
    db().cardState.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { cardId: 'asc' }],
      take,
      select: { cardId: true, leech: true, card: { select: { front: true, topic: true, groupId: true } } },
    }),
    db().cardState.count({ where }),
  ]);
  const cards = rows.map((r) => ({
    cardId: r.cardId,
    front: r.card.front,
    leech: r.leech,
    noteHref: `/notes/${encodeURIComponent(r.card.topic)}#card-${encodeURIComponent(r.card.groupId)}`,
  }));
  return { cards, total };
}
