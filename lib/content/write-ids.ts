/** What `content:ids` does to one note: append the derived anchors, nothing else. */

import { applyIdEdits } from './ids';
import { parseNote } from './parse';
import type { IdEdit, ParseOptions } from './types';

export function addMissingIds(source: string, options: ParseOptions): { text: string; added: IdEdit[] } {
  const note = parseNote(source, options);
  if (note.idEdits.length === 0) return { text: source, added: [] };
  return { text: applyIdEdits(source, note.idEdits), added: note.idEdits };
}
