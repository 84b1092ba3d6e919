/**
 * Cards (as the parser made them) → notes to export: a reversed pair is one note, the cards
 * of one cloze paragraph are one note whose text is rebuilt with `{{cN::…::hint}}` from the
 * siblings (each sibling's back marks its own deletion `==…==`, its front shows `[…]` or
 * `[hint]` there). Predict cards need the app's experiments and are left out.
 */

export interface ExportCard {
  id: string;
  group: string;
  type: string;
  front: string;
  back: string;
  options?: Array<{ text: string; correct?: boolean }>;
  answers?: string[];
  tags: string[];
}

export type ExportNote =
  | { kind: 'basic' | 'reversed'; id: string; front: string; back: string; cardIds: string[]; tags: string[] }
  | { kind: 'typed'; id: string; front: string; answers: string[]; cardIds: string[]; tags: string[] }
  | { kind: 'mc'; id: string; front: string; options: Array<{ text: string; correct: boolean }>; cardIds: string[]; tags: string[] }
  | { kind: 'cloze'; id: string; text: string; cardIds: string[]; tags: string[] };

export function toExportNotes(cards: readonly ExportCard[]): { notes: ExportNote[]; skipped: string[] } {
  const groups = new Map<string, ExportCard[]>();
  for (const c of cards) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const notes: ExportNote[] = [];
  const skipped: string[] = [];
  for (const [group, list] of groups) {
    const first = list[0];
    if (!first) continue;
    const cardIds = list.map((c) => c.id);
    const base = { id: group, cardIds, tags: first.tags };
    if (first.type === 'cloze') notes.push({ kind: 'cloze', text: clozeText(list), ...base });
    else if (first.type === 'reversed') {
      const forward = list.find((c) => !c.id.endsWith('.r')) ?? first;
      notes.push({ kind: 'reversed', front: forward.front, back: forward.back, ...base });
    } else if (first.type === 'typed') notes.push({ kind: 'typed', front: first.front, answers: first.answers ?? [first.back], ...base });
    else if (first.type === 'mc' && first.options) {
      notes.push({ kind: 'mc', front: first.front, options: first.options.map((o) => ({ text: o.text, correct: !!o.correct })), ...base });
    } else if (first.type === 'basic') notes.push({ kind: 'basic', front: first.front, back: first.back, ...base });
    else skipped.push(...cardIds);
  }
  return { notes, skipped };
}

const HIGHLIGHT = /==([\s\S]+?)==/g;

interface Deletion {
  start: number;
  end: number;
  n: number;
  hint?: string;
}

/** The siblings' plain text with every deletion written back as `{{cN::text::hint}}`. */
export function clozeText(siblings: readonly ExportCard[]): string {
  const plain = (siblings[0]?.back ?? '').replace(HIGHLIGHT, '$1');
  const deletions: Deletion[] = [];
  siblings.forEach((card, i) => {
    let removed = 0;
    for (const m of card.back.matchAll(HIGHLIGHT)) {
      const start = m.index - removed;
      const text = m[1] ?? '';
      removed += 4;
      const hint = /^\[([^\]]*)\]/.exec(card.front.slice(start))?.[1];
      deletions.push({ start, end: start + text.length, n: i + 1, ...(hint && hint !== '…' ? { hint } : {}) });
    }
  });
  let out = plain;
  for (const d of deletions.sort((a, b) => b.start - a.start)) {
    const inner = out.slice(d.start, d.end);
    out = `${out.slice(0, d.start)}{{c${d.n}::${inner}${d.hint ? `::${d.hint}` : ''}}}${out.slice(d.end)}`;
  }
  return out;
}
