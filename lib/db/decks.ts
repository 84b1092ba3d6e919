import 'server-only';
import { z } from 'zod';
import type { Card as ContentCard, CardType } from '@/lib/content/types';
import type { Localized } from '@/lib/experiments/registry';
import { db } from './client';
import { OWNED_TOPIC_PREFIX, builtInNoteWhere, deckWhere } from './deck-access';
import { Prisma } from './generated/client';

/** Read side of the synced content (lib/db/content-sync.ts writes it). */

export const cardTypes: readonly CardType[] = ['basic', 'reversed', 'cloze', 'mc', 'typed', 'predict'];

/** A synced, active card: the parsed card as stored, plus its global position. */
export interface StoredCard extends Omit<ContentCard, 'group' | 'hasExplicitId'> {
  groupId: string;
  position: number;
}

export interface DeckSummary {
  id: string;
  title: Localized;
  description: Localized;
  newPerDay: number | null;
  reviewsPerDay: number | null;
  /** Null for a built-in deck; the teacher who wrote it otherwise. */
  ownerId: string | null;
  /** Active (not archived) cards. */
  cardCount: number;
  countsByType: Record<CardType, number>;
}

export interface DeckDetail extends DeckSummary {
  cards: StoredCard[];
}

export interface NoteView {
  topic: string;
  title: string;
  file: string;
  /** The note without its front matter. */
  markdown: string;
  /** Line of the file that `markdown` starts on; `Card.line - firstLine` indexes `markdown`'s lines. */
  firstLine: number;
  tags: string[];
  cards: StoredCard[];
}

const cardData = z.object({
  options: z.array(z.object({ text: z.string(), correct: z.boolean().optional(), outcome: z.string().optional() })).optional(),
  answers: z.array(z.string()).optional(),
  predict: z
    .object({
      experiment: z.string(),
      params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
      metric: z.string().optional(),
      tolerance: z.number().optional(),
    })
    .optional(),
  explanation: z.string().optional(),
});

const cardSelect = {
  id: true,
  groupId: true,
  type: true,
  front: true,
  back: true,
  data: true,
  topic: true,
  file: true,
  line: true,
  column: true,
  headingPath: true,
  tags: true,
  position: true,
} as const satisfies Prisma.CardSelect;

type CardRow = Prisma.CardGetPayload<{ select: typeof cardSelect }>;

const isCardType = (t: string): t is CardType => (cardTypes as readonly string[]).includes(t);

function toStoredCard({ data, type, ...row }: CardRow): StoredCard {
  // Written by content-sync from parsed cards; a row from an older parser degrades to its front and back.
  const parsed = cardData.safeParse(data);
  return { ...row, type: isCardType(type) ? type : 'basic', ...(parsed.success ? parsed.data : {}) };
}

function countByType(types: string[]): Record<CardType, number> {
  const counts = Object.fromEntries(cardTypes.map((t) => [t, 0])) as Record<CardType, number>;
  for (const t of types) if (isCardType(t)) counts[t]++;
  return counts;
}

const deckInclude = {
  cards: { where: { card: { archivedAt: null } }, orderBy: { position: 'asc' }, select: { card: { select: { type: true } } } },
} as const satisfies Prisma.DeckInclude;

type DeckRow = Prisma.DeckGetPayload<{ include: typeof deckInclude }>;

function toDeckSummary(d: DeckRow): DeckSummary {
  const types = d.cards.map((m) => m.card.type);
  return {
    id: d.id,
    title: { zh: d.titleZh, en: d.titleEn },
    description: { zh: d.descriptionZh, en: d.descriptionEn },
    newPerDay: d.newPerDay,
    reviewsPerDay: d.reviewsPerDay,
    ownerId: d.ownerId,
    cardCount: types.length,
    countsByType: countByType(types),
  };
}

/** The decks the user may see (lib/db/deck-access.ts): built-in ones in decks.yaml order, then teachers' decks. */
export async function getDecks(userId: string | null): Promise<DeckSummary[]> {
  const rows = await db().deck.findMany({
    where: deckWhere(userId),
    orderBy: [{ ownerId: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }, { createdAt: 'asc' }],
    include: deckInclude,
  });
  return rows.map(toDeckSummary);
}

/** An active deck the user may see, with its active cards in deck order, or null. */
export async function getDeck(id: string, userId: string | null): Promise<DeckDetail | null> {
  const row = await db().deck.findFirst({ where: { AND: [{ id }, deckWhere(userId)] }, include: deckInclude });
  if (!row) return null;
  const members = await db().deckCard.findMany({
    where: { deckId: id, card: { archivedAt: null } },
    orderBy: { position: 'asc' },
    select: { card: { select: cardSelect } },
  });
  return { ...toDeckSummary(row), cards: members.map((m) => toStoredCard(m.card)) };
}

/**
 * A note with its active cards in note order, or null. A teacher's deck has one note
 * (`deck:<deckId>`), readable by whoever may see that deck.
 */
export async function getNote(topic: string, userId: string | null): Promise<NoteView | null> {
  const owned = topic.startsWith(OWNED_TOPIC_PREFIX);
  if (owned && !(await db().deck.count({ where: { AND: [{ id: topic.slice(OWNED_TOPIC_PREFIX.length) }, deckWhere(userId)] } }))) {
    return null;
  }
  const row = await db().note.findFirst({
    where: owned ? { topic } : { topic, ...builtInNoteWhere },
    include: { cards: { where: { archivedAt: null }, orderBy: { position: 'asc' }, select: cardSelect } },
  });
  if (!row) return null;
  // Sync pads the body with one line break per front-matter line (see content-sync.ts).
  const padding = /^(?:\r\n|\n|\r)*/.exec(row.markdown)?.[0] ?? '';
  const padLines = padding.match(/\r\n|\n|\r/g)?.length ?? 0;
  return {
    topic: row.topic,
    title: row.title,
    file: row.file,
    markdown: row.markdown.slice(padding.length),
    firstLine: padLines + 1,
    tags: row.tags,
    cards: row.cards.map(toStoredCard),
  };
}

/** The UI locale's text of a deck title or description. */
export function localize(text: Localized, locale: string): string {
  return locale === 'en' ? text.en : text.zh;
}
