import 'server-only';
import { randomBytes } from 'node:crypto';
import { readDeckSource } from '@/lib/content/deck-source';
import type { Card, Diagnostic } from '@/lib/content/types';
import { db } from './client';
import { cardRow } from './content-sync';
import { ownedTopic } from './deck-access';
import type { Prisma } from './generated/client';

export { cardWhere, canSeeCard, deckWhere, visibleDeckIds, type DeckScope } from './deck-access';

/**
 * A teacher's own decks: one Markdown document per deck, parsed by lib/content exactly like
 * a note in content/, saved as a new DeckVersion on every save. The deck's cards live in
 * one Note (topic `deck:<deckId>`); a card's row id is `<deckId>:<anchor>`, so two decks can
 * never collide and an edit keeps every learner's CardState and Review rows.
 */

export interface SaveDeckInput {
  ownerId: string;
  /** Absent: a new deck. */
  deckId?: string;
  markdown: string;
  titleZh?: string;
  titleEn?: string;
  now?: Date;
}

export type SaveDeckResult =
  | {
      ok: true;
      deckId: string;
      version: number;
      /** The saved source, with every missing anchor written in. */
      markdown: string;
      /** Warnings (a save never has errors). */
      diagnostics: Diagnostic[];
      cards: { added: number; updated: number; archived: number; restored: number; active: number };
    }
  | { ok: false; error: 'invalid'; diagnostics: Diagnostic[] }
  | { ok: false; error: 'not_found'; diagnostics: [] };

/** `o` + 12 hex: never a content/ deck id in practice, and short in URLs. */
const newDeckId = () => `o${randomBytes(6).toString('hex')}`;

/** The database id of an owned deck's card. */
export const ownedCardId = (deckId: string, anchorId: string) => `${deckId}:${anchorId}`;

type Tx = Prisma.TransactionClient;

function rowsFor(deckId: string, cards: readonly Card[]) {
  const topic = ownedTopic(deckId);
  return cards.map((c, i) => cardRow({ ...c, id: ownedCardId(deckId, c.id), group: ownedCardId(deckId, c.group), topic, file: topic }, i));
}

async function writeCards(tx: Tx, deckId: string, cards: readonly Card[], now: Date) {
  const topic = ownedTopic(deckId);
  const rows = rowsFor(deckId, cards);
  const existing = new Map(
    (await tx.card.findMany({ where: { topic }, select: { id: true, sourceHash: true, archivedAt: true } })).map((c) => [c.id, c]),
  );
  const report = { added: 0, updated: 0, archived: 0, restored: 0, active: rows.length };
  const created = rows.filter((r) => !existing.has(r.id));
  if (created.length) await tx.card.createMany({ data: created });
  report.added = created.length;
  for (const row of rows) {
    const old = existing.get(row.id);
    if (!old || (!old.archivedAt && old.sourceHash === row.sourceHash)) continue;
    if (old.archivedAt) report.restored++;
    else report.updated++;
    const { id, ...data } = row;
    await tx.card.update({ where: { id }, data: { ...data, archivedAt: null } });
  }
  const present = new Set(rows.map((r) => r.id));
  const gone = [...existing.values()].filter((c) => !c.archivedAt && !present.has(c.id)).map((c) => c.id);
  if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { archivedAt: now } });
  report.archived = gone.length;
  await tx.deckCard.deleteMany({ where: { deckId } });
  await tx.deckCard.createMany({ data: rows.map((r, i) => ({ deckId, cardId: r.id, position: i })) });
  return report;
}

/**
 * Saves a deck: parse with lib/content; on any error nothing changes. Otherwise, in one
 * transaction: the deck row (titles default to the document's first heading), its note,
 * a new DeckVersion holding the source with anchors written in, and the cards (added,
 * updated in place, restored, or archived — never deleted). Only the owner may save.
 * Given `tx`, it writes inside the caller's transaction instead (an import's batch), so the
 * caller's own writes commit or roll back together with the deck.
 */
export async function saveOwnedDeck(input: SaveDeckInput, tx?: Tx): Promise<SaveDeckResult> {
  const now = input.now ?? new Date();
  if (input.deckId) {
    const owned = await (tx ?? db()).deck.findFirst({ where: { id: input.deckId, ownerId: input.ownerId }, select: { id: true } });
    if (!owned) return { ok: false, error: 'not_found', diagnostics: [] };
  }
  const source = readDeckSource(input.markdown);
  if (source.errors > 0) return { ok: false, error: 'invalid', diagnostics: source.diagnostics };
  const deckId = input.deckId ?? newDeckId();
  const heading = source.note.title === source.note.topic ? '' : source.note.title;
  const titleZh = input.titleZh?.trim() || heading || input.titleEn?.trim() || deckId;
  const titleEn = input.titleEn?.trim() || heading || titleZh;
  const topic = ownedTopic(deckId);
  const write = async (tx: Tx) => {
    const deck = { titleZh, titleEn, archivedAt: null };
    if (input.deckId) await tx.deck.update({ where: { id: deckId }, data: deck });
    else {
      const position = await tx.deck.count({ where: { ownerId: input.ownerId } });
      await tx.deck.create({ data: { id: deckId, ...deck, descriptionZh: '', descriptionEn: '', position, ownerId: input.ownerId } });
    }
    // Like content sync: one blank line per front-matter line, so Card.line indexes the note body.
    const frontMatter = source.markdown.slice(0, source.markdown.length - source.note.markdown.length);
    const body = '\n'.repeat(frontMatter.match(/\r\n|\n|\r/g)?.length ?? 0) + source.note.markdown;
    const note = { title: titleZh, file: topic, markdown: body, tags: source.note.tags, position: 0 };
    await tx.note.upsert({ where: { topic }, create: { topic, ...note }, update: note });
    const last = await tx.deckVersion.findFirst({ where: { deckId }, orderBy: { version: 'desc' }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.deckVersion.create({ data: { deckId, version, markdown: source.markdown, createdAt: now } });
    const cards = await writeCards(tx, deckId, source.note.cards, now);
    return { version, cards };
  };
  const out = tx ? await write(tx) : await db().$transaction(write);
  return { ok: true, deckId, version: out.version, markdown: source.markdown, diagnostics: source.diagnostics, cards: out.cards };
}

export interface OwnedDeckSummary {
  id: string;
  title: { zh: string; en: string };
  publishedAt: Date | null;
  cardCount: number;
  version: number;
  updatedAt: Date;
}

/** The owner's decks, newest first. */
export async function listOwnedDecks(ownerId: string): Promise<OwnedDeckSummary[]> {
  const rows = await db().deck.findMany({
    where: { ownerId, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      publishedAt: true,
      _count: { select: { cards: { where: { card: { archivedAt: null } } } } },
      versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, createdAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: { zh: r.titleZh, en: r.titleEn },
    publishedAt: r.publishedAt,
    cardCount: r._count.cards,
    version: r.versions[0]?.version ?? 0,
    updatedAt: r.versions[0]?.createdAt ?? new Date(0),
  }));
}

export interface OwnedDeckSource {
  id: string;
  title: { zh: string; en: string };
  publishedAt: Date | null;
  version: number;
  markdown: string;
  createdAt: Date;
  versions: Array<{ version: number; createdAt: Date }>;
}

/** One of the owner's decks with a version's source (the newest by default), or null for anyone else. */
export async function getOwnedDeckSource(ownerId: string, deckId: string, version?: number): Promise<OwnedDeckSource | null> {
  const deck = await db().deck.findFirst({
    where: { id: deckId, ownerId, archivedAt: null },
    select: { id: true, titleZh: true, titleEn: true, publishedAt: true, versions: { orderBy: { version: 'desc' } } },
  });
  const chosen = version === undefined ? deck?.versions[0] : deck?.versions.find((v) => v.version === version);
  if (!deck || !chosen) return null;
  return {
    id: deck.id,
    title: { zh: deck.titleZh, en: deck.titleEn },
    publishedAt: deck.publishedAt,
    version: chosen.version,
    markdown: chosen.markdown,
    createdAt: chosen.createdAt,
    versions: deck.versions.map((v) => ({ version: v.version, createdAt: v.createdAt })),
  };
}

/** Whether the deck is the user's own (and not archived). */
export async function isOwnDeck(ownerId: string, deckId: string): Promise<boolean> {
  return (await db().deck.count({ where: { id: deckId, ownerId, archivedAt: null } })) > 0;
}

/** Publishes or unpublishes one of the owner's decks; false when it is not theirs. */
export async function setDeckPublished(ownerId: string, deckId: string, published: boolean, now = new Date()): Promise<boolean> {
  const { count } = await db().deck.updateMany({
    where: { id: deckId, ownerId, archivedAt: null },
    data: { publishedAt: published ? now : null },
  });
  return count > 0;
}

export type RestoreDeckResult = SaveDeckResult & { from?: number };

/**
 * Restores an older version of the owner's deck by saving its source as a new version: card
 * ids come from the anchors in that source, so learners keep their scheduling state, cards
 * the old version lacks are archived (never deleted) and every version stays in the history.
 * The deck keeps its current titles. `not_found` for anyone else's deck or an unknown version;
 * `invalid` when the old source no longer passes the content check (nothing changes).
 */
export async function restoreDeckVersion(ownerId: string, deckId: string, version: number, now = new Date()): Promise<RestoreDeckResult> {
  const deck = await db().deck.findFirst({
    where: { id: deckId, ownerId, archivedAt: null },
    select: { titleZh: true, titleEn: true, versions: { where: { version }, select: { markdown: true } } },
  });
  const old = deck?.versions[0];
  if (!deck || !old) return { ok: false, error: 'not_found', diagnostics: [] };
  const out = await saveOwnedDeck({ ownerId, deckId, markdown: old.markdown, titleZh: deck.titleZh, titleEn: deck.titleEn, now });
  return out.ok ? { ...out, from: version } : out;
}
