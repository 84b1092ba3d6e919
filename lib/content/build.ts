/** Everything in content/, parsed and cross-checked, from file texts (pure; load.ts does the I/O). */

import { checkAnswerLength, checkDuplicateIds, checkPredictOutcomes } from './check';
import { parseDecks } from './decks';
import { contentHash } from './hash';
import { parseNote } from './parse';
import type { Content } from './types';

export interface ContentFiles {
  /** Notes as `{ path: 'content/notes/x.md', text }`. */
  notes: ReadonlyArray<{ path: string; text: string }>;
  /** decks.yaml, or undefined when the file is missing. */
  decks?: { path: string; text: string };
}

export function buildContent(files: ContentFiles, options: { obsidian?: boolean } = {}): Content {
  const notes = [...files.notes]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => parseNote(f.text, { file: f.path, obsidian: options.obsidian }));
  const cards = notes.flatMap((n) => n.cards);
  const diagnostics = notes.flatMap((n) => n.diagnostics);
  const texts = new Map(files.notes.map((f) => [f.path, f.text]));
  diagnostics.push(...checkDuplicateIds(notes), ...checkAnswerLength(cards), ...checkPredictOutcomes(cards, texts));
  // `deck:<id>` topics belong to teachers' decks (lib/db/owned-decks.ts); content sync leaves them alone.
  for (const n of notes.filter((n) => n.topic.startsWith('deck:'))) {
    diagnostics.push({
      severity: 'error',
      file: n.file,
      line: 1,
      col: 1,
      message: `the topic "${n.topic}" is reserved for teachers' decks`,
      fix: 'rename the file so that its name does not start with `deck:`',
      code: 'topicReserved',
      params: { topic: n.topic },
    });
  }
  let decks: Content['decks'] = [];
  if (files.decks) {
    const parsed = parseDecks(
      files.decks.text,
      files.decks.path,
      notes.map((n) => n.topic),
      cards,
    );
    decks = parsed.decks;
    diagnostics.push(...parsed.diagnostics);
  } else {
    diagnostics.push({
      severity: 'error',
      file: 'content/decks.yaml',
      line: 1,
      col: 1,
      message: 'decks.yaml is missing',
      fix: 'create content/decks.yaml with a `decks:` list (see content/README.md)',
      code: 'decksMissing',
    });
  }
  const hashed = [...files.notes, ...(files.decks ? [files.decks] : [])];
  return { notes, decks, cards, diagnostics, hash: contentHash(hashed) + (options.obsidian ? '-obsidian' : '') };
}
