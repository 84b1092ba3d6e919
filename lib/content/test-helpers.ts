/** Shared by the tests of this folder (not a test file itself). */

import { parseNote } from './parse';
import type { Card, ParsedNote } from './types';

export const FILE = 'content/notes/pooling.md';

export function parse(source: string, obsidian = false): ParsedNote {
  return parseNote(source, { file: FILE, obsidian });
}

export function cards(source: string, obsidian = false): Card[] {
  return parse(source, obsidian).cards;
}

/** Only the fields a test usually cares about. */
export function brief(source: string, obsidian = false): Array<Pick<Card, 'type' | 'front' | 'back'>> {
  return cards(source, obsidian).map(({ type, front, back }) => ({ type, front, back }));
}

export function errors(note: ParsedNote): string[] {
  return note.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}
