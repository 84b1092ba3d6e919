/** The report an import ends with: what came in, and what stayed behind and why (grouped). */

import type { Skip, SkipCode } from './media';

export interface SkippedGroup {
  kind: Skip['kind'] | 'note' | 'deck';
  code: SkipCode;
  reason: string;
  count: number;
  /** Up to five names (files, note types, fields) as examples. */
  examples: string[];
}

export interface ImportReport {
  kind: 'anki' | 'obsidian';
  decks: Array<{ deckId: string; title: string; cards: number }>;
  notes: number;
  cards: number;
  /** Cards given a schedule (the rest stay new). */
  scheduled: number;
  /** Review-log rows written by this run (a repeat writes none twice). */
  reviews: number;
  media: number;
  skipped: SkippedGroup[];
}

export function groupSkips(
  skips: ReadonlyArray<{ kind: SkippedGroup['kind']; code: SkipCode; name: string; reason: string }>,
): SkippedGroup[] {
  const groups = new Map<string, SkippedGroup>();
  for (const s of skips) {
    const key = `${s.kind}\n${s.code}`;
    const g = groups.get(key) ?? { kind: s.kind, code: s.code, reason: s.reason, count: 0, examples: [] };
    g.count += 1;
    if (g.examples.length < 5 && !g.examples.includes(s.name)) g.examples.push(s.name);
    groups.set(key, g);
  }
  return [...groups.values()];
}
