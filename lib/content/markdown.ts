/** The one Markdown dialect we read: CommonMark + GFM + `$`/`$$` math, as mdast with positions. */

import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/**
 * The Obsidian SR plugin reads lines, not Markdown: an indented line such as
 * `    #flashcards/science Q::A` is a card to it, not an indented code block.
 */
const obsidianParser = parser()
  .use(function noIndentedCode() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
  })
  .freeze();

export function parseMarkdown(source: string, options: { obsidian?: boolean } = {}): Root {
  // `parse` alone does not run transformers; gfm and math only add syntax
  // extensions, so the tree is complete here.
  return (options.obsidian ? obsidianParser : parser).parse(source);
}

/** Line starts of a source, with the same line breaks micromark knows (\r\n, \n, \r). */
export class LineIndex {
  readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  start(line: number): number {
    return this.starts[line - 1] ?? this.source.length;
  }

  /** Offset just before the line break of a 1-based line. */
  end(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.source.length;
    let e = next - 1;
    if (this.source.charCodeAt(e) === 10 && this.source.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  text(line: number): string {
    return this.source.slice(this.start(line), this.end(line));
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** The line break used after a line ('\n' at the end of the file). */
  eol(line: number): string {
    const e = this.end(line);
    const next = this.starts[line];
    return next === undefined ? '\n' : this.source.slice(e, next);
  }
}

/** Sorted, non-overlapping half-open offset ranges. */
export type Range = readonly [number, number];

export function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) return false;
    if (offset < r[0]) hi = mid - 1;
    else if (offset >= r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function normalizeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (e > s) out.push([s, e]);
  }
  return out;
}
