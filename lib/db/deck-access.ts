import 'server-only';
import { db } from './client';
import type { Prisma } from './generated/client';

/**
 * Who may see which deck — the one rule every read of decks, cards and notes goes through.
 *
 * - 'read': built-in decks (no owner), the user's own decks, decks of a teacher whose class
 *   the user currently belongs to (ClassMember.leftAt null), decks assigned to such a class,
 *   and published decks.
 * - 'queue': what the whole-collection review queue takes: built-in, own, and decks assigned
 *   to a class the user currently belongs to. A published deck nobody assigned is reviewed
 *   from its own page only.
 *
 * Archived decks are never visible. `userId` null is an anonymous reader.
 */
export type DeckScope = 'read' | 'queue';

const currentMember = (userId: string): Prisma.ClassWhereInput => ({
  archivedAt: null,
  members: { some: { userId, leftAt: null } },
});

export function deckWhere(userId: string | null, scope: DeckScope = 'read'): Prisma.DeckWhereInput {
  const any: Prisma.DeckWhereInput[] = [{ ownerId: null }];
  if (userId) {
    any.push({ ownerId: userId }, { assignments: { some: { archivedAt: null, class: currentMember(userId) } } });
    if (scope === 'read') any.push({ owner: { classes: { some: currentMember(userId) } } });
  }
  if (scope === 'read') any.push({ publishedAt: { not: null } });
  return { archivedAt: null, OR: any };
}

/** Active cards in at least one deck the user may see. */
export function cardWhere(userId: string | null, scope: DeckScope = 'read'): Prisma.CardWhereInput {
  return { archivedAt: null, decks: { some: { deck: deckWhere(userId, scope) } } };
}

/**
 * A card the user may answer, bury, suspend or see by id: any built-in card (archived ones
 * too, as before: a session may hold a card that sync just archived), and a teacher's card
 * only while it is in a deck the user may read.
 */
export function cardAccessWhere(userId: string): Prisma.CardWhereInput {
  return { OR: [{ NOT: { topic: { startsWith: OWNED_TOPIC_PREFIX } } }, { decks: { some: { deck: deckWhere(userId) } } }] };
}

/** Ids of the decks the user may see (see deckWhere). */
export async function visibleDeckIds(userId: string | null, scope: DeckScope = 'read'): Promise<string[]> {
  const rows = await db().deck.findMany({ where: deckWhere(userId, scope), select: { id: true } });
  return rows.map((r) => r.id);
}

/** Whether the user may see this card (active, in a visible deck). */
export async function canSeeCard(userId: string | null, cardId: string): Promise<boolean> {
  return (await db().card.count({ where: { id: cardId, ...cardWhere(userId) } })) > 0;
}

/** Owned-deck notes have topics of this form; lib/content/build.ts refuses a content/ file named so. */
export const OWNED_TOPIC_PREFIX = 'deck:';
export const ownedTopic = (deckId: string) => `${OWNED_TOPIC_PREFIX}${deckId}`;
/** Built-in notes only (for note lists and content sync). */
export const builtInNoteWhere: Prisma.NoteWhereInput = { NOT: { topic: { startsWith: OWNED_TOPIC_PREFIX } } };
