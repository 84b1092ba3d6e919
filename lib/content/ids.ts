/**
 * Card identity. An explicit anchor (`^id`, or `id:` in a predict block) is
 * the card's identity forever; without one the id is derived from the file
 * and the card's front text, and `content:ids` writes exactly that derived id
 * into the file, so writing ids never changes an id the database already has.
 */

import { hashHex } from './hash';
import type { IdEdit } from './types';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `content/notes/Group Conv.md` → `group-conv`; non-Latin names fall back to `card`. */
export function topicSlug(topic: string): string {
  const slug = topic
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'card';
}

/** Whitespace-insensitive form of a card's text, so reflowing a line keeps the derived id. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * `<topic>-<6 hex>` from the file and the card's front text; on a clash with an
 * id already taken in the note, rehash with a counter (deterministic in
 * document order).
 */
export function deriveId(topic: string, file: string, frontText: string, taken: ReadonlySet<string>): string {
  const base = `${file}\n${normalizeText(frontText)}`;
  const prefix = topicSlug(topic);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${hashHex(n === 1 ? base : `${base}\n${n}`, 6)}`;
    if (!taken.has(id)) return id;
  }
}

/** Apply insertions to a source. Everything else stays byte-for-byte the same. */
export function applyIdEdits(source: string, edits: readonly IdEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = source;
  for (const e of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
  return out;
}
