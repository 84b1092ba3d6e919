/** Checks across notes, and how diagnostics and summaries are printed. */

import { getExperimentSpec } from '@/lib/experiments/registry';
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
        code: 'idUsedElsewhere',
        params: { id: card.id, file: prev.file, line: prev.line },
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
      code: 'answerTooLong',
      params: { id: c.id, length: [...c.back].length, max: MAX_ANSWER_CHARS },
    }));
}

/**
 * A predict card is fair only if every outcome its experiment's answer rule can return
 * (the registry's `outcomes`) is among its options: otherwise a run that lands on a missing
 * outcome marks every learner wrong. Reported at the block's `options:` line when the note
 * text is given, else at the fence.
 */
export function checkPredictOutcomes(cards: readonly Card[], texts: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const card of cards) {
    if (card.type !== 'predict' || !card.predict || !card.options || card.predict.metric !== undefined) continue;
    const spec = getExperimentSpec(card.predict.experiment);
    if (!spec) continue; // the parser reports unknown experiments
    const listed = new Set(card.options.map((o) => o.outcome));
    const missing = spec.outcomes.filter((o) => !listed.has(o.key));
    if (missing.length === 0) continue;
    const at = optionsPosition(texts.get(card.file), card.line) ?? { line: card.line, col: card.column };
    out.push({
      severity: 'error',
      file: card.file,
      ...at,
      message: `predict card "${card.id}" has no option for outcome${missing.length > 1 ? 's' : ''} ${missing.map((o) => `"${o.key}"`).join(', ')} of ${spec.id}: a run that returns ${missing.length > 1 ? 'one of them' : 'it'} marks every learner wrong`,
      fix: `add ${missing.map((o) => `\`- outcome: ${o.key}\` (${o.label.zh} / ${o.label.en})`).join(' and ')} to \`options:\``,
      code: 'predictMissingOutcome',
      params: {
        id: card.id,
        experiment: spec.id,
        count: missing.length,
        outcomes: missing.map((o) => o.key).join(', '),
        zh: missing.map((o) => `outcome: ${o.key}（${o.label.zh}）`).join('、'),
        en: missing.map((o) => `outcome: ${o.key} (${o.label.en})`).join(', '),
      },
    });
  }
  return out;
}

/** 1-based position of `options:` in the predict block whose fence is on `fenceLine`. */
function optionsPosition(text: string | undefined, fenceLine: number): { line: number; col: number } | undefined {
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = fenceLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) return undefined;
    const m = /^(\s*)options\s*:/.exec(line);
    if (m) return { line: i + 1, col: m[1]!.length + 1 };
  }
  return undefined;
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
