/**
 * Reading card text back out of the source using mdast positions. The tree
 * says where code, math, HTML and links are; regexes only ever run on one
 * line (or one paragraph) with those ranges blanked out, so a `::` inside
 * `code` or `$a::b$` never splits a card.
 */

import type { Nodes, Root } from 'mdast';
import { LineIndex, inRanges, normalizeRanges, type Range } from './markdown';

/** How to strip one container's prefix from a continuation line. */
export type Prefix = { kind: 'quote' } | { kind: 'list'; column: number };

/** One line of card text: the source span after any container prefix. */
export interface TextLine {
  line: number;
  start: number;
  end: number;
}

/** Placeholder for masked characters: never part of a separator or a tag. */
export const MASK = '\u0000';

const INLINE_MASKED = new Set([
  'inlineCode',
  'inlineMath',
  'html',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteReference',
]);
const BLOCK_MASKED = new Set(['code', 'math', 'html', 'table']);

export class Scanner {
  readonly lines: LineIndex;
  /** Never searched for separators, cloze markers or tags. */
  readonly masked: Range[];
  /** Code, math, HTML and tables: a `?` line inside them is not a separator. */
  readonly blocks: Range[];
  /** Code and math blocks only: an anchor cannot be appended to their last line. */
  readonly fences: Range[];
  /** HTML comments (incl. `<!--SR:…-->` schedules): never card text. */
  readonly comments: Range[];

  constructor(
    readonly source: string,
    tree: Root,
  ) {
    this.lines = new LineIndex(source);
    const masked: Range[] = [];
    const blocks: Range[] = [];
    const fences: Range[] = [];
    const comments: Range[] = [];
    const walk = (node: Nodes): void => {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) {
        if (INLINE_MASKED.has(node.type) || BLOCK_MASKED.has(node.type)) masked.push([s, e]);
        if (BLOCK_MASKED.has(node.type)) blocks.push([s, e]);
        if (node.type === 'code' || node.type === 'math') fences.push([s, e]);
        if (node.type === 'html' && node.value.trimStart().startsWith('<!--')) comments.push([s, e]);
      }
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    this.masked = normalizeRanges(masked);
    this.blocks = normalizeRanges(blocks);
    this.fences = normalizeRanges(fences);
    this.comments = normalizeRanges(comments);
  }

  /** Lines of a span, each starting after the container prefixes. */
  textLines(start: number, end: number, prefixes: readonly Prefix[]): TextLine[] {
    const first = this.lines.position(start).line;
    const last = this.lines.position(Math.max(start, end - 1)).line;
    const out: TextLine[] = [];
    for (let line = first; line <= last; line++) {
      const s = line === first ? start : this.stripPrefixes(line, prefixes);
      const e = line === last ? Math.min(end, this.lines.end(line)) : this.lines.end(line);
      out.push({ line, start: s, end: Math.max(s, e) });
    }
    return out;
  }

  private stripPrefixes(line: number, prefixes: readonly Prefix[]): number {
    const lineStart = this.lines.start(line);
    const lineEnd = this.lines.end(line);
    let pos = lineStart;
    for (const p of prefixes) {
      if (p.kind === 'quote') {
        const m = /^ {0,3}>[ \t]?/.exec(this.source.slice(pos, lineEnd));
        if (m) pos += m[0].length;
      } else {
        // Lazy continuation lines may be indented less than the item; strip what is there.
        while (pos < lineEnd && pos < lineStart + p.column - 1 && /[ \t]/.test(this.source[pos] ?? '')) pos++;
      }
    }
    return pos;
  }

  /** Source text of a span without HTML comments. */
  clean(start: number, end: number): string {
    let out = '';
    let pos = start;
    for (const [cs, ce] of this.comments) {
      if (ce <= pos || cs >= end) continue;
      if (cs > pos) out += this.source.slice(pos, cs);
      pos = Math.max(pos, ce);
    }
    if (pos < end) out += this.source.slice(pos, end);
    return out;
  }

  /** Source text of a span with masked characters replaced by MASK (same length). */
  maskedText(start: number, end: number, extra: readonly Range[] = []): string {
    const mask = this.maskRanges(extra);
    return pieces(start, end, mask)
      .map(([s, e, inside]) => (inside ? MASK.repeat(e - s) : this.source.slice(s, e)))
      .join('');
  }

  /**
   * Raw and masked text of lines joined with '\n', comments dropped from both
   * so that indices in one are indices in the other. Works a piece at a time (a line
   * with a 1 MB inline image is two slices, not a million concatenations).
   */
  pair(lines: readonly TextLine[], extra: readonly Range[] = []): { raw: string; masked: string } {
    const mask = this.maskRanges(extra);
    const raw: string[] = [];
    const masked: string[] = [];
    lines.forEach((t, i) => {
      if (i > 0) {
        raw.push('\n');
        masked.push('\n');
      }
      for (const [cs, ce, comment] of pieces(t.start, t.end, this.comments)) {
        if (comment) continue;
        const text = this.source.slice(cs, ce);
        raw.push(text);
        for (const [s, e, inside] of pieces(cs, cs + text.length, mask)) masked.push(inside ? MASK.repeat(e - s) : this.source.slice(s, e));
      }
    });
    return { raw: raw.join(''), masked: masked.join('') };
  }

  private maskRanges(extra: readonly Range[]): readonly Range[] {
    return extra.length ? normalizeRanges([...this.masked, ...extra]) : this.masked;
  }

  /** Inside code, math, HTML or a link (e.g. an inline code span that runs on to the next line). */
  isMasked(offset: number): boolean {
    return inRanges(this.masked, offset);
  }

  isComment(offset: number): boolean {
    return inRanges(this.comments, offset);
  }

  isBlock(offset: number): boolean {
    return inRanges(this.blocks, offset);
  }

  isFence(offset: number): boolean {
    return inRanges(this.fences, offset);
  }

  /** A line with only a comment (e.g. an SR schedule) or whitespace. */
  isEmpty(t: TextLine): boolean {
    return this.clean(t.start, t.end).trim() === '';
  }
}

/** [start, end) cut at the edges of sorted, non-overlapping ranges: [from, to, inside a range]. */
function pieces(start: number, end: number, ranges: readonly Range[]): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  let pos = start;
  for (let i = lo; i < ranges.length && pos < end; i++) {
    const [rs, re] = ranges[i]!;
    if (rs >= end) break;
    if (rs > pos) out.push([pos, rs, false]);
    const to = Math.min(re, end);
    if (to > Math.max(pos, rs)) out.push([Math.max(pos, rs), to, true]);
    pos = Math.max(pos, to);
  }
  if (pos < end) out.push([pos, end, false]);
  return out;
}

const ANCHOR = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;

/** An Obsidian block id at the end of a line: `… ^my-id`. */
export function findAnchor(text: string): { id: string; index: number } | undefined {
  const m = ANCHOR.exec(text);
  if (!m || m[1] === undefined) return undefined;
  return { id: m[1], index: m.index + m[0].indexOf('^') };
}

export function stripAnchor(text: string): string {
  const a = findAnchor(text);
  return a ? text.slice(0, a.index).trimEnd() : text;
}

const TAG = /(^|[^\p{L}\p{N}_&/#\u0000])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;

/** `#tags` in (masked) text; purely numeric ones (`#1`) are not tags, as in Obsidian. */
export function findTags(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(TAG)) {
    const tag = m[2]?.replace(/\/+$/, '');
    if (tag && !/^[\d/]+$/.test(tag)) out.push(tag);
  }
  return out;
}

export function isFlashcardsTag(tag: string): boolean {
  return tag === 'flashcards' || tag.startsWith('flashcards/');
}

const LEADING_TAG = /^\s*#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)(?=\s|$)/u;

/**
 * Flashcard tags at the very start of a card's (masked) text, as the plugin reads a
 * question-specific deck: `#flashcards/science Q::A`, or a tag line directly above a
 * multi-line card or cloze. Returns the tags and how many characters (with the whitespace
 * around them) to cut from the front. Stops at the first tag that is not a flashcard tag.
 */
export function leadingFlashcardTags(masked: string): { tags: string[]; length: number } {
  const tags: string[] = [];
  let length = 0;
  for (let m = LEADING_TAG.exec(masked); m; m = LEADING_TAG.exec(masked.slice(length))) {
    const tag = m[1]?.replace(/\/+$/, '') ?? '';
    if (!isFlashcardsTag(tag)) break;
    tags.push(tag);
    length += m[0].length;
  }
  if (!tags.length) return { tags, length: 0 };
  const rest = masked.slice(length);
  return { tags, length: length + (rest.length - rest.trimStart().length) };
}
