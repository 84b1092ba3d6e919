import 'server-only';
import { formatDiagnostic, sortDiagnostics } from '@/lib/content/check';
import { buildContent } from '@/lib/content/build';
import { contentHash, hashHex } from '@/lib/content/hash';
import { readContentFiles } from '@/lib/content/load';
import { parseNote } from '@/lib/content/parse';
import type { Card, Content, Diagnostic, ParsedNote } from '@/lib/content/types';
import { env } from '@/lib/env';
import { db, dbAdapter } from './client';
import { builtInNoteWhere } from './deck-access';
import { Prisma } from './generated/client';

/**
 * Content sync: content/ (parsed by lib/content) → Note, Card, Deck, DeckCard rows.
 * Card ids are stable anchors, so editing a card updates its row in place and keeps
 * every learner's CardState and Review rows; removed cards and decks are archived,
 * never deleted. Teachers' own decks (Deck.ownerId set, notes `deck:<id>`, lib/db/owned-decks.ts)
 * are not content/: sync never reads, archives or changes them.
 *
 * Note.markdown is the note body (front matter removed) preceded by one blank line per
 * front-matter line, so line N of Note.markdown is line N of the file and Card.line
 * indexes it directly (lib/db/decks.ts strips the padding again).
 */

export interface SyncReport {
  hash: string;
  /** False when the database already matched the content (only ContentSync was written). */
  changed: boolean;
  cards: { added: string[]; updated: string[]; archived: string[]; restored: string[]; unchanged: number; active: number };
  decks: { added: string[]; updated: string[]; archived: string[]; unchanged: number };
  notes: { added: string[]; updated: string[] };
  /** Formatted warnings of the synced content. */
  warnings: string[];
}

export type SyncOutcome = { status: 'unchanged'; hash: string; ms: number } | { status: 'synced'; report: SyncReport; ms: number };

/** Thrown when content/ has errors: nothing is written. `message` lists them as `file:line:col error: … fix: …`. */
export class ContentErrors extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`content/ has ${diagnostics.length} error(s); nothing was synced:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

type Tx = Prisma.TransactionClient;
const SYNC_ID = 'content';
// Serialises concurrent syncs (several app instances starting against one PostgreSQL).
const LOCK_KEY = 7_350_001;

export function cardRow(card: Card, position: number) {
  const data: Record<string, unknown> = {};
  if (card.options) data.options = card.options;
  if (card.answers) data.answers = card.answers;
  if (card.predict) data.predict = card.predict;
  if (card.explanation !== undefined) data.explanation = card.explanation;
  const fields = {
    groupId: card.group,
    type: card.type,
    front: card.front,
    back: card.back,
    data: data as Prisma.InputJsonObject,
    topic: card.topic,
    file: card.file,
    line: card.line,
    column: card.column,
    headingPath: card.headingPath,
    tags: card.tags,
    position,
  };
  return { id: card.id, ...fields, sourceHash: hashHex(JSON.stringify(fields), 32) };
}

/**
 * Lines before the note body (the front matter). ParsedNote keeps only the body, so
 * parse the body alone and compare a card's line with the full file's.
 */
function frontMatterLines(note: ParsedNote): number {
  const first = note.cards[0];
  if (!first) return 0;
  const alone = parseNote(note.markdown, { file: note.file, obsidian: note.obsidian }).cards.find((c) => c.id === first.id);
  return alone ? Math.max(0, first.line - alone.line) : 0;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function syncNotes(tx: Tx, content: Content, report: SyncReport): Promise<void> {
  const existing = new Map((await tx.note.findMany({ where: builtInNoteWhere })).map((n) => [n.topic, n]));
  for (const [position, note] of content.notes.entries()) {
    const row = {
      title: note.title,
      file: note.file,
      markdown: '\n'.repeat(frontMatterLines(note)) + note.markdown,
      tags: note.tags,
      position,
    };
    const old = existing.get(note.topic);
    if (!old) {
      await tx.note.create({ data: { topic: note.topic, ...row } });
      report.notes.added.push(note.topic);
    } else if (
      old.title !== row.title ||
      old.file !== row.file ||
      old.markdown !== row.markdown ||
      old.position !== position ||
      !sameList(old.tags, row.tags)
    ) {
      await tx.note.update({ where: { topic: note.topic }, data: row });
      report.notes.updated.push(note.topic);
    }
  }
}

async function syncCards(tx: Tx, content: Content, now: Date, report: SyncReport): Promise<void> {
  const existing = new Map(
    (await tx.card.findMany({ where: { note: builtInNoteWhere }, select: { id: true, sourceHash: true, archivedAt: true } })).map((c) => [
      c.id,
      c,
    ]),
  );
  const rows = content.cards.map(cardRow);
  const created = rows.filter((r) => !existing.has(r.id));
  if (created.length) await tx.card.createMany({ data: created });
  report.cards.added = created.map((r) => r.id);
  for (const row of rows) {
    const old = existing.get(row.id);
    if (!old) continue;
    if (old.archivedAt) report.cards.restored.push(row.id);
    else if (old.sourceHash !== row.sourceHash) report.cards.updated.push(row.id);
    else {
      report.cards.unchanged++;
      continue;
    }
    const { id, ...data } = row;
    await tx.card.update({ where: { id }, data: { ...data, archivedAt: null } });
  }
  const present = new Set(rows.map((r) => r.id));
  report.cards.archived = [...existing.values()].filter((c) => !c.archivedAt && !present.has(c.id)).map((c) => c.id);
  if (report.cards.archived.length) {
    await tx.card.updateMany({ where: { id: { in: report.cards.archived } }, data: { archivedAt: now } });
  }
  report.cards.active = rows.length;
}

async function syncDecks(tx: Tx, content: Content, now: Date, report: SyncReport): Promise<void> {
  const existing = new Map((await tx.deck.findMany({ where: { ownerId: null } })).map((d) => [d.id, d]));
  const members = new Map<string, string[]>();
  for (const m of await tx.deckCard.findMany({ where: { deck: { ownerId: null } }, orderBy: [{ deckId: 'asc' }, { position: 'asc' }] })) {
    members.set(m.deckId, [...(members.get(m.deckId) ?? []), m.cardId]);
  }
  for (const [position, deck] of content.decks.entries()) {
    const row = {
      titleZh: deck.title.zh,
      titleEn: deck.title.en,
      descriptionZh: deck.description.zh,
      descriptionEn: deck.description.en,
      newPerDay: deck.newPerDay ?? null,
      reviewsPerDay: deck.reviewsPerDay ?? null,
      position,
      archivedAt: null,
    };
    const old = existing.get(deck.id);
    const fieldsChanged = !old || (Object.keys(row) as Array<keyof typeof row>).some((k) => old[k] !== row[k]);
    const membersChanged = !sameList(members.get(deck.id) ?? [], deck.cardIds);
    if (!old) await tx.deck.create({ data: { id: deck.id, ...row } });
    else if (fieldsChanged) await tx.deck.update({ where: { id: deck.id }, data: row });
    if (membersChanged) {
      await tx.deckCard.deleteMany({ where: { deckId: deck.id } });
      await tx.deckCard.createMany({ data: deck.cardIds.map((cardId, i) => ({ deckId: deck.id, cardId, position: i })) });
    }
    if (!old) report.decks.added.push(deck.id);
    else if (fieldsChanged || membersChanged) report.decks.updated.push(deck.id);
    else report.decks.unchanged++;
  }
  const present = new Set(content.decks.map((d) => d.id));
  report.decks.archived = [...existing.values()].filter((d) => !d.archivedAt && !present.has(d.id)).map((d) => d.id);
  if (report.decks.archived.length) {
    await tx.deck.updateMany({ where: { id: { in: report.decks.archived } }, data: { archivedAt: now } });
  }
}

async function runSync(content: Content, now: Date, onlyIfChanged: boolean): Promise<SyncReport | null> {
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new ContentErrors(sortDiagnostics(errors));
  return db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`select pg_advisory_xact_lock(${LOCK_KEY})`);
      if (onlyIfChanged) {
        // Another instance may have synced this content while we waited for the lock.
        const last = await tx.contentSync.findUnique({ where: { id: SYNC_ID } });
        if (last?.hash === content.hash) return null;
      }
      const report: SyncReport = {
        hash: content.hash,
        changed: false,
        cards: { added: [], updated: [], archived: [], restored: [], unchanged: 0, active: 0 },
        decks: { added: [], updated: [], archived: [], unchanged: 0 },
        notes: { added: [], updated: [] },
        warnings: sortDiagnostics(content.diagnostics.filter((d) => d.severity === 'warning')).map(formatDiagnostic),
      };
      await syncNotes(tx, content, report);
      await syncCards(tx, content, now, report);
      await syncDecks(tx, content, now, report);
      const sync = { hash: content.hash, cardCount: content.cards.length, syncedAt: now };
      await tx.contentSync.upsert({ where: { id: SYNC_ID }, create: { id: SYNC_ID, ...sync }, update: sync });
      const { cards, decks, notes } = report;
      report.changed = [
        cards.added,
        cards.updated,
        cards.archived,
        cards.restored,
        decks.added,
        decks.updated,
        decks.archived,
        notes.added,
        notes.updated,
      ].some((list) => list.length > 0);
      return report;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/** Writes `content` to the database in one transaction. Throws ContentErrors if it has errors. */
export async function syncContent(content: Content, now = new Date()): Promise<SyncReport> {
  return (await runSync(content, now, false))!;
}

/**
 * Syncs `<rootDir>/content` unless the last sync recorded the same hash. The check
 * reads and hashes the files without parsing them, so an unchanged start costs a few ms.
 */
export async function syncContentIfChanged(rootDir = process.cwd(), options: { force?: boolean; now?: Date } = {}): Promise<SyncOutcome> {
  const started = performance.now();
  const files = await readContentFiles(rootDir, { extraDir: env().EXTRA_CONTENT_DIR });
  // Same hash buildContent computes (no obsidian option), without parsing.
  const hash = contentHash([...files.notes, ...(files.decks ? [files.decks] : [])]);
  if (!options.force) {
    // A raw query: the Prisma client's first query in a process costs about a second of
    // start-up, which the no-op path should not pay.
    const [last] = await dbAdapter().query<{ hash: string }>(`select hash from "ContentSync" where id = $1`, [SYNC_ID]);
    if (last?.hash === hash) return { status: 'unchanged', hash, ms: performance.now() - started };
  }
  const content = buildContent(files);
  const report = await runSync(content, options.now ?? new Date(), !options.force);
  if (!report) return { status: 'unchanged', hash, ms: performance.now() - started };
  return { status: 'synced', report, ms: performance.now() - started };
}

/** One line per kind of change, for logs and the CLI. */
export function formatSyncReport(r: SyncReport): string {
  const list = (ids: string[]) => (ids.length ? ` (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})` : '');
  const { cards: c, decks: d, notes: n } = r;
  return [
    `cards: ${c.active} active — added ${c.added.length}${list(c.added)}, updated ${c.updated.length}${list(c.updated)}, ` +
      `archived ${c.archived.length}${list(c.archived)}, restored ${c.restored.length}${list(c.restored)}, unchanged ${c.unchanged}`,
    `decks: added ${d.added.length}${list(d.added)}, updated ${d.updated.length}${list(d.updated)}, archived ${d.archived.length}${list(d.archived)}, unchanged ${d.unchanged}`,
    `notes: added ${n.added.length}, updated ${n.updated.length}`,
  ].join('\n');
}
