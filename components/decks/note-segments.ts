/**
 * Splits a note's Markdown into prose and card blocks, so the note page can render the
 * note with each card marked in place. Pure: lines in, segments out.
 *
 * A card's block runs from its line to the end of its chunk: the next blank line or
 * heading outside a fenced code or `$$` math block (the parser's own chunk rule).
 * Cards whose blocks touch (siblings, cards on adjacent lines) share one block.
 */

export type NoteSegment<C> =
  { kind: 'text'; startLine: number; markdown: string } | { kind: 'cards'; startLine: number; endLine: number; cards: C[] };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(\s|$)/;

/** Index of the last line of the chunk that starts at `start`. */
function chunkEnd(lines: readonly string[], start: number): number {
  let fence: string | null = null;
  let math = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = FENCE.exec(line);
    if (fence) {
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (f?.[1]) {
      fence = f[1];
      continue;
    }
    if (line.trim() === '$$') {
      math = !math;
      continue;
    }
    if (math) continue;
    if (i > start && (line.trim() === '' || HEADING.test(line))) return i - 1;
  }
  return lines.length - 1;
}

/**
 * `firstLine` is the file line `markdown` starts on; card `line`s are file lines.
 * Cards outside the text (stale lines) come last, in one block.
 */
export function segmentNote<C extends { line: number }>(markdown: string, firstLine: number, cards: readonly C[]): NoteSegment<C>[] {
  const lines = markdown.split(/\r\n|\n|\r/);
  const blocks: Array<{ start: number; end: number; cards: C[] }> = [];
  const unplaced: C[] = [];
  for (const card of [...cards].sort((a, b) => a.line - b.line)) {
    const start = card.line - firstLine;
    if (start < 0 || start >= lines.length) {
      unplaced.push(card);
      continue;
    }
    const end = chunkEnd(lines, start);
    const last = blocks[blocks.length - 1];
    if (last && start <= last.end + 1) {
      last.end = Math.max(last.end, end);
      last.cards.push(card);
    } else blocks.push({ start, end, cards: [card] });
  }

  const out: NoteSegment<C>[] = [];
  const text = (from: number, to: number) => {
    const md = lines.slice(from, to + 1).join('\n');
    if (md.trim()) out.push({ kind: 'text', startLine: from + firstLine, markdown: md });
  };
  let next = 0;
  for (const b of blocks) {
    text(next, b.start - 1);
    out.push({ kind: 'cards', startLine: b.start + firstLine, endLine: b.end + firstLine, cards: b.cards });
    next = b.end + 1;
  }
  text(next, lines.length - 1);
  if (unplaced.length) out.push({ kind: 'cards', startLine: -1, endLine: -1, cards: unplaced });
  return out;
}

/** Blanks a leading `# Title` line (the page shows the title as its h1), keeping line numbers. */
export function withoutLeadingH1(markdown: string): string {
  const m = /^(\s*)#[ \t]+[^\n\r]*/.exec(markdown);
  return m ? (m[1] ?? '') + markdown.slice(m[0].length) : markdown;
}
