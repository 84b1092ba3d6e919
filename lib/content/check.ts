/** Checks across notes, and how diagnostics and summaries are printed. */

import type { Card, CardType, Content, Diagnostic, ParsedNote } from './types';

/** Card ids must be unique across all notes: the id is the review history's key. */
export function checkDuplicateIds(notes: readonly ParsedNote[]): Diagnostic[] {
  const first = new Map<string, Card>();
  const out: Diagnostic[] = [];
  for (const note of notes) {
    for (const card of note.cards) {
      const prev = first.get(card.id);
      if (!prev) {
        first.set(card.id, card);
        continue;
      }
      // Duplicates inside one note are reported by the parser already.
      if (prev.file === card.file) continue;
      out.push({
        severity: 'error',
        file: card.file,
        line: card.line,
        col: card.column,
        message: `card id "${card.id}" is also used in ${prev.file}:${prev.line}`,
        fix: 'ids are global: rename one anchor (or delete it and run `npm run content:ids`)',
      });
    }
  }
  return out;
}

/** Longest answer a basic or reversed card may have (content/README.md, "Writing good cards"). */
export const MAX_ANSWER_CHARS = 60;

/** Answers are recalled, not read: a long back means the card asks more than one thing. */
export function checkAnswerLength(cards: readonly Card[]): Diagnostic[] {
  return cards
    .filter((c) => (c.type === 'basic' || c.type === 'reversed') && !c.id.endsWith('.r'))
    .filter((c) => [...c.back].length > MAX_ANSWER_CHARS)
    .map((c) => ({
      severity: 'warning',
      file: c.file,
      line: c.line,
      col: c.column,
      message: `card "${c.id}" has a ${[...c.back].length}-character answer (at most ${MAX_ANSWER_CHARS})`,
      fix: 'split the card, or move the explanation into the prose next to it',
    }));
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity}: ${d.message} fix: ${d.fix}`;
}

export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
}

const TYPES: readonly CardType[] = ['basic', 'reversed', 'cloze', 'mc', 'typed', 'predict'];

export function countByType(cards: readonly Card[]): Record<CardType, number> {
  const counts = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<CardType, number>;
  for (const c of cards) counts[c.type]++;
  return counts;
}

export function summarize(content: Content): string {
  const counts = countByType(content.cards);
  const errors = content.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = content.diagnostics.length - errors;
  const byType = TYPES.map((t) => `${t} ${counts[t]}`).join(', ');
  return [
    `notes: ${content.notes.length}, decks: ${content.decks.length}, cards: ${content.cards.length} (${byType})`,
    `errors: ${errors}, warnings: ${warnings}`,
  ].join('\n');
}
