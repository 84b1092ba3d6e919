import { renderMarkdownCached } from '@/lib/content/render-cache';

export const markdownHtml = renderMarkdownCached;

/** Sanitized Markdown (KaTeX, code, ==highlight==) in the shared `.prose-card` style. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return (
    <div className={`prose-card min-w-0 break-words ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdownCached(source) }} />
  );
}
