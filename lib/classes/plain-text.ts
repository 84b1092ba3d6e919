/** A card's Markdown as one line of plain text, for tables and CSV cells. Pure. */
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '@/lib/content/markdown';

export function plainText(markdown: string, max = 140): string {
  const text = toString(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
