import { renderMarkdownCached } from '@/lib/content/render-cache';

/** Rendered Markdown (math included) with links reduced to their text, for text that sits inside a link. */
export const linklessMarkdownHtml = (md: string) => renderMarkdownCached(md, { links: false });

/** Sanitized Markdown (KaTeX, code, ==highlight==) in the shared `.prose-card` style. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return (
    <div className={`prose-card min-w-0 break-words ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdownCached(source) }} />
  );
}
