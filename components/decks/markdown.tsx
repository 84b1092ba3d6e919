import { renderMarkdown } from '@/lib/content/render';

// Content is finite and rendering is pure, so rendered HTML is kept per source string:
// the "all" deck renders a few hundred snippets, which costs ~300 ms the first time.
const cache = new Map<string, string>();
const MAX_ENTRIES = 5000;

export function markdownHtml(source: string): string {
  let html = cache.get(source);
  if (html === undefined) {
    html = renderMarkdown(source);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(source, html);
  }
  return html;
}

/** Sanitized Markdown (KaTeX, code, ==highlight==) in the shared `.prose-card` style. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return <div className={`prose-card min-w-0 break-words ${className}`} dangerouslySetInnerHTML={{ __html: markdownHtml(source) }} />;
}
