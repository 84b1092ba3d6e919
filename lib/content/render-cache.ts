import { renderMarkdown } from './render';

/**
 * renderMarkdown memoised by source text. Rendering (KaTeX included) costs a few
 * milliseconds per card and the same cards are shown again and again. A pure cache of
 * a pure function: each instance fills its own, so nothing depends on which instance
 * served a request. Bounded, oldest entries dropped first.
 */
const cache = new Map<string, string>();
const MAX_ENTRIES = 5000;

export function renderMarkdownCached(md: string): string {
  const hit = cache.get(md);
  if (hit !== undefined) return hit;
  const html = renderMarkdown(md);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(md, html);
  return html;
}
