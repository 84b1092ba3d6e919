/** `content/decks.yaml`: which notes (topics) and tags make up each deck. */

import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ID_PATTERN } from './ids';
import type { Card, Deck, Diagnostic, DiagnosticCode, DiagnosticParams } from './types';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const perDay = z.number().int().min(0).max(10_000);

const deckSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, 'use lowercase letters, digits and single hyphens'),
    title: localized,
    description: localized,
    notes: z.union([z.literal('all'), z.array(z.string().min(1))]).optional(),
    tags: z.array(z.string().min(1)).optional(),
    newPerDay: perDay.optional(),
    reviewsPerDay: perDay.optional(),
  })
  .strict();

const fileSchema = z.object({ decks: z.array(z.unknown()) }).strict();

/**
 * Parse and validate decks.yaml against the parsed notes, resolving each
 * deck's cards. A deck takes the cards of its `notes` (topics; `all` = every
 * note) plus any card carrying one of its `tags`.
 */
export function parseDecks(
  text: string,
  file: string,
  topics: readonly string[],
  cards: readonly Card[],
): { decks: Deck[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const posOf = (path: ReadonlyArray<PropertyKey>): { line: number; col: number } => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]);
    }
    return { line: 1, col: 1 };
  };
  const report = (
    path: ReadonlyArray<PropertyKey>,
    severity: Diagnostic['severity'],
    message: string,
    fix: string,
    code: DiagnosticCode,
    params?: DiagnosticParams,
  ): void => {
    diagnostics.push({ severity, file, ...posOf(path), message, fix, code, ...(params ? { params } : {}) });
  };

  for (const e of doc.errors) {
    const lp = e.linePos?.[0];
    diagnostics.push({
      severity: 'error',
      file,
      line: lp?.line ?? 1,
      col: lp?.col ?? 1,
      message: `not valid YAML: ${e.message.split('\n')[0]}`,
      fix: 'fix the YAML syntax (indentation, quotes around text with `: `)',
      code: 'decksYaml',
      params: { detail: e.message.split('\n')[0] ?? '' },
    });
  }
  if (doc.errors.length) return { decks: [], diagnostics };

  const data: unknown = doc.toJS();
  const top = fileSchema.safeParse(data);
  if (!top.success) {
    report([], 'error', 'decks.yaml must have a top-level `decks:` list', 'write `decks:` followed by `- id: …` entries', 'decksNoList');
    return { decks: [], diagnostics };
  }

  const decks: Deck[] = [];
  const seen = new Set<string>();
  const known = new Set(topics);
  top.data.decks.forEach((raw, i) => {
    const parsed = deckSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? issue.path.join('.') : 'deck';
        report(['decks', i, ...issue.path], 'error', `deck ${i + 1}: ${where}: ${issue.message}`, fixFor(issue.path[0]), 'deckInvalid', {
          n: i + 1,
          where,
          detail: issue.message,
        });
      }
      return;
    }
    const d = parsed.data;
    if (seen.has(d.id))
      report(['decks', i, 'id'], 'error', `duplicate deck id "${d.id}"`, 'give every deck a different id', 'deckDuplicateId', { id: d.id });
    seen.add(d.id);
    if (d.notes === undefined && !d.tags?.length)
      report(
        ['decks', i],
        'error',
        `deck "${d.id}" selects no cards`,
        'add `notes: [topic, …]` (or `notes: all`) and/or `tags: [tag, …]`',
        'deckSelectsNothing',
        {
          id: d.id,
        },
      );
    if (Array.isArray(d.notes)) {
      d.notes.forEach((t, j) => {
        if (!known.has(t))
          report(
            ['decks', i, 'notes', j],
            'error',
            `deck "${d.id}" refers to unknown note "${t}"`,
            `use a file name from content/notes/ without .md: ${[...known].join(', ')}`,
            'deckUnknownNote',
            { id: d.id, note: t, notes: [...known].join(', ') },
          );
      });
    }
    const notes = d.notes ?? [];
    const tags = d.tags ?? [];
    for (const [j, t] of tags.entries()) {
      if (!cards.some((c) => c.tags.some((ct) => tagMatches(t, ct))))
        report(
          ['decks', i, 'tags', j],
          'warning',
          `no card has the tag "${t}"`,
          'check the spelling, or tag a note with it in its front matter',
          'deckUnknownTag',
          { tag: t },
        );
    }
    const inNotes = (c: Card) => notes === 'all' || notes.includes(c.topic);
    const cardIds = cards.filter((c) => inNotes(c) || c.tags.some((ct) => tags.some((t) => tagMatches(t, ct)))).map((c) => c.id);
    decks.push({
      id: d.id,
      title: d.title,
      description: d.description,
      notes,
      tags,
      ...(d.newPerDay !== undefined ? { newPerDay: d.newPerDay } : {}),
      ...(d.reviewsPerDay !== undefined ? { reviewsPerDay: d.reviewsPerDay } : {}),
      cardIds,
      line: posOf(['decks', i]).line,
    });
  });

  // One deck per topic, plus one deck with everything.
  const isAll = (d: Deck) => d.notes === 'all' || (topics.length > 1 && topics.every((t) => d.notes.includes(t)));
  for (const t of topics) {
    if (!decks.some((d) => !isAll(d) && Array.isArray(d.notes) && d.notes.includes(t))) {
      report(['decks'], 'warning', `note "${t}" has no deck of its own`, `add a deck with \`notes: [${t}]\``, 'noteWithoutDeck', {
        note: t,
      });
    }
  }
  if (topics.length > 1 && !decks.some(isAll)) {
    report(['decks'], 'warning', 'no deck holds all notes', 'add a deck `id: all` with `notes: all`', 'noAllDeck');
  }
  return { decks, diagnostics };
}

/** A deck's tag selects that tag and its nested tags, as in Obsidian: `flashcards` selects `flashcards/science`. */
function tagMatches(deckTag: string, cardTag: string): boolean {
  return cardTag === deckTag || cardTag.startsWith(`${deckTag}/`);
}

function fixFor(key: PropertyKey | undefined): string {
  switch (key) {
    case 'title':
    case 'description':
      return 'write `{ zh: …, en: … }` with both languages';
    case 'notes':
      return 'write `notes: [topic, …]` or `notes: all`';
    case 'newPerDay':
    case 'reviewsPerDay':
      return 'use a whole number ≥ 0';
    case 'id':
      return 'use lowercase letters, digits and single hyphens';
    default:
      return 'allowed keys: id, title, description, notes, tags, newPerDay, reviewsPerDay';
  }
}
