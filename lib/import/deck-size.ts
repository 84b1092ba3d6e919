/** An imported deck over the deck size limit (kept out of limits.ts, which the browser loads: this needs the parser's module). */

import { deckTextChars, MAX_DECK_CHARS } from '@/lib/content/deck-source';
import type { Skip } from './media';

/** A deck whose text is over the deck limit stays behind, named in the report with the limit. */
export function deckSizeSkip(title: string, markdown: string): (Skip & { kind: 'deck'; code: 'deck-too-large' }) | null {
  if (deckTextChars(markdown) <= MAX_DECK_CHARS) return null;
  return {
    kind: 'deck',
    code: 'deck-too-large',
    name: title,
    reason: `over the limit of ${group(MAX_DECK_CHARS)} characters of text per deck (images are not counted): split it into smaller decks and import again`,
  };
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
