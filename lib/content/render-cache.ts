import { renderMarkdown, type RenderOptions } from './render';

/**
 * renderMarkdown memoised by source text and options. Rendering (KaTeX included) costs a few
 * milliseconds per card and the same cards are shown again and again. A pure cache of
 * a pure function: each instance fills its own, so nothing depends on which instance
 * served a request. Bounded, oldest entries dropped first.
 */
const cache = new Map<string, string>();
const MAX_ENTRIES = 5000;

export function renderMarkdownCached(md: string, options: RenderOptions = {}): string {
  const key = `${options.links === false ? 'n' : 'l'}:${md}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = renderMarkdown(md, options);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, html);
  return html;
}
