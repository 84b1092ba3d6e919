/**
 * Cloze deletions inside one paragraph: Obsidian `==text==` (each deletion its
 * own card) and Anki `{{c1::text}}` / `{{c1::text::hint}}` (one card per cN).
 * Indices come from the masked text, so deletions inside code or math are not
 * found, and the same indices cut the raw text.
 */

export interface Deletion {
  start: number;
  end: number;
  text: string;
  hint?: string;
  /** Card key: '1', '2', … for `==`, 'c1', 'c2', … for Anki. */
  key: string;
}

const HIGHLIGHT = /==([^\s=](?:[^\n]*?[^\s=])?)==/g;
const ANKI = /\{\{c(\d+)::([^\n]+?)(?:::([^\n]*?))?\}\}/g;

/** Offsets of Anki clozes in a masked text (they contain `::`, which is not a separator there). */
export function ankiRanges(masked: string): Array<[number, number]> {
  return [...masked.matchAll(ANKI)].map((m) => [m.index, m.index + m[0].length]);
}

export function findDeletions(raw: string, masked: string, anki: boolean): Deletion[] {
  const out: Deletion[] = [];
  const taken: Array<[number, number]> = [];
  if (anki) {
    for (const m of masked.matchAll(ANKI)) {
      const start = m.index;
      const end = start + m[0].length;
      const textStart = start + 5 + (m[1]?.length ?? 0); // after `{{c<N>::`
      const textEnd = textStart + (m[2]?.length ?? 0);
      const hint = m[3] === undefined ? undefined : raw.slice(textEnd + 2, end - 2).trim();
      out.push({ start, end, text: raw.slice(textStart, textEnd), key: `c${Number(m[1])}`, ...(hint ? { hint } : {}) });
      taken.push([start, end]);
    }
  }
  let n = 0;
  for (const m of masked.matchAll(HIGHLIGHT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    n++;
    out.push({ start, end, text: raw.slice(start + 2, end - 2), key: String(n) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Distinct card keys in card order: `==` deletions first (document order), then c1, c2, … */
export function clozeKeys(deletions: readonly Deletion[]): string[] {
  const plain = deletions.filter((d) => !d.key.startsWith('c')).map((d) => d.key);
  const anki = [...new Set(deletions.filter((d) => d.key.startsWith('c')).map((d) => d.key))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  return [...plain, ...anki];
}

/** Front and back of the card for `key`; other deletions read as plain text. */
export function renderCloze(raw: string, deletions: readonly Deletion[], key: string): { front: string; back: string } {
  let front = '';
  let back = '';
  let pos = 0;
  for (const d of deletions) {
    front += raw.slice(pos, d.start);
    back += raw.slice(pos, d.start);
    if (d.key === key) {
      front += `[${d.hint ?? '…'}]`;
      back += `==${d.text}==`;
    } else {
      front += d.text;
      back += d.text;
    }
    pos = d.end;
  }
  front += raw.slice(pos);
  back += raw.slice(pos);
  return { front: front.trim(), back: back.trim() };
}
