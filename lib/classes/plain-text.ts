/** A card's Markdown as one line of plain text, for tables and CSV cells. Pure. */
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '@/lib/content/markdown';

/**
 * Parsing costs about a millisecond per card and a dashboard labels every assigned card
 * on every load, so results are memoised by source (bounded, oldest dropped first), as
 * lib/content/render-cache.ts does for HTML. A pure function's cache: nothing depends on it.
 */
const cache = new Map<string, string>();
const MAX_ENTRIES = 5000;

function oneLine(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const text = toString(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(markdown, text);
  return text;
}

export function plainText(markdown: string, max = 140): string {
  const text = oneLine(markdown);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
