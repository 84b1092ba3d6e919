/**
 * An Anki package → an import plan: one Markdown deck per Anki deck (its path kept as the
 * title `A::B::C`), the cards' ids in that Markdown, their schedules and their reviews. The
 * Markdown is ordinary card syntax with an explicit `^anchor` per note derived from the
 * note's GUID, so the parser gives the same card ids on every import (re-import updates).
 */

import type { CardState } from '@/lib/srs/sm2';
import { hashHex } from '@/lib/content/hash';
import type { AnkiPackage } from './anki-package';
import type { AnkiCard, AnkiNote, AnkiRevlog } from './anki-types';
import { cardState, reviewsFor, type DayOptions, type ImportedReview } from './anki-schedule';
import { noteBlock } from './note-block';
import { layoutOf, type Layout } from './templates';
import type { MediaBudget, Skip } from './media';
import type { ImportLimits } from './limits';

export interface PlannedDeck {
  /** The Anki deck's path, `['A', 'B', 'C']`. */
  path: string[];
  title: string;
  markdown: string;
  /** Note GUID → the note's anchor, for every note in this deck. */
  notes: Map<string, string>;
  /** The deck's card ids, in order. */
  cardIds: string[];
}

export interface ImportPlan {
  decks: PlannedDeck[];
  /** Card id → state (absent: the card stays new). */
  states: Map<string, CardState>;
  /** Card ids planned, in deck order. */
  cardIds: string[];
  reviews: ImportedReview[];
  skipped: Skip[];
  counts: { notes: number; cards: number; reviews: number; media: number };
}

export interface PlanOptions extends DayOptions {
  now: Date;
  limits: ImportLimits;
}

/** The note's anchor: GUIDs use characters anchors may not, so they are hashed (stably). */
export const anchorFor = (guid: string): string => `anki-${hashHex(guid, 12)}`;

export function planImport(pkg: AnkiPackage, o: PlanOptions): ImportPlan {
  const { collection: col } = pkg;
  const budget: MediaBudget = {
    media: pkg.media,
    maxImageBytes: o.limits.maxImageBytes,
    remaining: o.limits.maxImagesTotalBytes,
    imported: new Set(),
  };
  const cardsByNote = group(col.cards, (c) => c.nid);
  const logByCard = group(col.revlog, (r) => r.cid);
  const skipped: Skip[] = [];
  const blocks = new Map<string, { path: string[]; parts: string[]; notes: Map<string, string>; cardIds: string[] }>();
  const states = new Map<string, CardState>();
  const cardIds: string[] = [];
  const reviews: ImportedReview[] = [];
  const layouts = new Map<number, Layout | null>();
  let notes = 0;

  for (const note of col.notes) {
    const type = col.noteTypes.get(note.mid);
    const cards = cardsByNote.get(note.id) ?? [];
    if (!type) {
      skipped.push({
        kind: 'note-type',
        name: String(note.mid),
        code: 'note-type-missing',
        reason: 'the note type is missing from the collection',
      });
      continue;
    }
    if (!layouts.has(type.id)) layouts.set(type.id, layoutOf(type));
    const layout = layouts.get(type.id);
    if (!layout) {
      skipped.push({
        kind: 'note-type',
        name: type.name,
        code: 'note-type-unsupported',
        reason: 'no template shows a field, or a cloze type without {{cloze:…}}',
      });
      continue;
    }
    const anchor = anchorFor(note.guid);
    const block = noteBlock(note, layout, anchor, budget, new Set(cards.map((c) => c.ord)));
    skipped.push(...block.skipped);
    if (!block.markdown) continue;

    const mapped: Array<{ card: AnkiCard; id: string }> = [];
    for (const card of cards) {
      const id = cardIdFor(layout, block.kind, anchor, card.ord);
      if (id) mapped.push({ card, id });
      else
        skipped.push({
          kind: 'card',
          name: `${type.name} / ${type.templates.find((t) => t.ord === card.ord)?.name ?? card.ord}`,
          code: 'template',
          reason: 'only a front/back card and its reverse are imported',
        });
    }
    if (mapped.length === 0) continue;
    notes += 1;
    const first = mapped[0]?.card;
    const deckId = first ? first.odid || first.did : 0;
    const path = col.decks.get(deckId) ?? ['Default'];
    const key = path.join('::');
    const entry = blocks.get(key) ?? { path, parts: [] as string[], notes: new Map<string, string>(), cardIds: [] as string[] };
    entry.parts.push(block.markdown);
    entry.notes.set(note.guid, anchor);
    blocks.set(key, entry);
    const leech = note.tags.some((t) => t.toLowerCase() === 'leech');
    for (const { card, id } of mapped) {
      const log = logByCard.get(card.id) ?? [];
      const state = cardState(card, log, col.crt, o.now, o, leech);
      if (state) states.set(id, state);
      cardIds.push(id);
      entry.cardIds.push(id);
      reviews.push(...reviewsFor(id, log, o));
    }
  }
  const decks = [...blocks.values()].map((b) => ({
    path: b.path,
    title: b.path.join('::'),
    markdown: deckMarkdown(b.path, b.parts),
    notes: b.notes,
    cardIds: b.cardIds,
  }));
  return {
    decks,
    states,
    cardIds,
    reviews,
    skipped,
    counts: { notes, cards: cardIds.length, reviews: reviews.length, media: budget.imported.size },
  };
}

/** The parser's id for Anki card `ord` of a note: `a`, `a.r` (reverse), `a.c<N>` (cloze N = ord + 1). */
function cardIdFor(layout: Layout, kind: 'basic' | 'reversed' | 'typed' | 'cloze', anchor: string, ord: number): string | null {
  if (kind === 'cloze') return `${anchor}.c${ord + 1}`;
  if (ord === 0) return anchor;
  if (kind === 'reversed' && ord === layout.reverseOrd) return `${anchor}.r`;
  return null;
}

function deckMarkdown(path: string[], parts: string[]): string {
  const title = path.join('::').replace(/\n/g, ' ');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${parts.join('\n\n')}\n`;
}

function group<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

export type { AnkiNote, AnkiRevlog };
