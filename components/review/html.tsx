/** Card HTML rendered on the server (Markdown, KaTeX), already sanitized there. */
export function Html({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose-card ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
