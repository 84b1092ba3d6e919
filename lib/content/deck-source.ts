/**
 * A teacher's deck: one Markdown document in the card syntax of content/, read by the
 * same pipeline as a note (parseNote, the answer-length check, the id writer). Pure.
 */

import { checkAnswerLength, sortDiagnostics } from './check';
import { parseNote } from './parse';
import { addMissingIds } from './write-ids';
import type { Diagnostic, ParsedNote } from './types';

/** The file name a deck is parsed as: derived anchors read `deck-<6 hex>`. */
export const DECK_FILE = 'deck.md';
/** Longest deck source accepted (characters of text: see `deckTextChars`). */
export const MAX_DECK_CHARS = 200_000;

const DATA_IMAGE = /data:image\/[a-z0-9.+-]+;base64,[a-z0-9+/=]*/gi;

/**
 * A deck's size as the limit counts it: inline images (`data:` URLs, as imports write them)
 * are not text, so they do not count; an import's images have their own limits
 * (lib/import/limits.ts: per image and per import).
 */
export const deckTextChars = (source: string): number => source.replace(DATA_IMAGE, '').length;

export interface DeckSource {
  /** The source with every missing anchor written in (what a save stores). */
  markdown: string;
  note: ParsedNote;
  /** Errors first by position, then warnings; `file` is always DECK_FILE. */
  diagnostics: Diagnostic[];
  errors: number;
}

/**
 * Parses a deck. A deck needs at least one card; anchors the author left out are written
 * in, exactly as `npm run content:ids` would, so ids stay stable across later edits.
 */
export function readDeckSource(source: string, options: { obsidian?: boolean } = {}): DeckSource {
  const { text } = addMissingIds(source, { file: DECK_FILE, obsidian: options.obsidian });
  const note = parseNote(text, { file: DECK_FILE, obsidian: options.obsidian });
  // Positions refer to the source as typed (an anchor under a code fence adds a line). Missing
  // anchors are no problem here: a save writes them.
  const typed = parseNote(source, { file: DECK_FILE, obsidian: options.obsidian });
  const diagnostics = [...typed.diagnostics.filter((d) => d.code !== 'missingId'), ...checkAnswerLength(typed.cards)];
  if (note.cards.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      severity: 'error',
      file: DECK_FILE,
      line: 1,
      col: 1,
      message: 'the deck has no cards',
      fix: 'write at least one card, e.g. `Question::Answer` on one line (see the card syntax)',
      code: 'deckEmpty',
    });
  }
  const sorted = sortDiagnostics(diagnostics).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { markdown: text, note, diagnostics: sorted, errors: sorted.filter((d) => d.severity === 'error').length };
}
