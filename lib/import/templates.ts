/**
 * What an Anki note type's templates show: the fields each side references. Special
 * fields (FrontSide, Tags, Deck…) and section markers (`{{#F}}`, `{{/F}}`, `{{^F}}`) are not
 * content; filters (`{{text:F}}`, `{{cloze:F}}`, `{{type:F}}`) name their field last.
 */

import type { AnkiNoteType } from './anki-types';

const SPECIAL = new Set(['FrontSide', 'Tags', 'Deck', 'Subdeck', 'Card', 'CardFlag', 'Type', 'CardID']);
const REF = /\{\{([^{}]+)\}\}/g;

export interface Reference {
  field: string;
  filters: string[];
}

export function references(format: string): Reference[] {
  const out: Reference[] = [];
  for (const m of format.matchAll(REF)) {
    const body = (m[1] ?? '').trim();
    if (/^[#/^!]/.test(body)) continue;
    const parts = body.split(':').map((p) => p.trim());
    const field = parts.pop() ?? '';
    if (field && !SPECIAL.has(field)) out.push({ field, filters: parts });
  }
  return out;
}

export interface Layout {
  kind: 'basic' | 'cloze';
  /** Field indexes shown on the question side of the first template (the cloze text for a cloze). */
  front: number[];
  /** Field indexes the first template's answer adds. */
  back: number[];
  /** The field of a `{{type:F}}` answer box, if the first template has one. */
  typed?: number;
  /** The ord of a template that shows the back as the question (a reverse card). */
  reverseOrd?: number;
}

export function layoutOf(type: AnkiNoteType): Layout | null {
  const index = (name: string): number => type.fields.indexOf(name);
  const first = type.templates[0];
  if (!first) return null;
  const q = references(first.qfmt);
  const a = references(first.afmt);
  const typedRef = q.find((r) => r.filters.includes('type'));
  const front = unique(q.filter((r) => !r.filters.includes('type')).map((r) => index(r.field)));
  const back = unique(a.map((r) => index(r.field))).filter((i) => !front.includes(i));
  if (type.kind === 'cloze') {
    const text = q.find((r) => r.filters.includes('cloze'));
    return text ? { kind: 'cloze', front: [index(text.field)].filter((i) => i >= 0), back } : null;
  }
  const reverse = type.templates.find((t) => t.ord > 0 && references(t.qfmt).some((r) => back.includes(index(r.field))));
  return {
    kind: 'basic',
    front,
    back,
    ...(typedRef && index(typedRef.field) >= 0 ? { typed: index(typedRef.field) } : {}),
    ...(reverse ? { reverseOrd: reverse.ord } : {}),
  };
}

const unique = (xs: number[]): number[] => [...new Set(xs)].filter((i) => i >= 0);
