/**
 * Card Markdown → HTML for an Anki field: the same remark/rehype pipeline and sanitizer schema
 * as lib/content/render.ts, except that maths is written the way Anki's MathJax reads it
 * (`\(…\)`, `\[…\]`) instead of being rendered with KaTeX.
 */

import type { Root, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '@/lib/content/render';

function remarkMathToMathJax() {
  return (tree: Root, file: { value?: unknown }): void => {
    const source = String(file.value ?? '');
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'inlineMath' && node.type !== 'math') || !parent || index === undefined) return undefined;
      const value = (node as { value: string }).value;
      // `$$x$$` inside a line is display maths too (see remarkDisplayMath in lib/content).
      const start = node.position?.start.offset;
      const display = node.type === 'math' || (start !== undefined && source.startsWith('$$', start));
      const text = display ? `\\[${value}\\]` : `\\(${value}\\)`;
      const replacement =
        node.type === 'math' ? { type: 'paragraph', children: [{ type: 'text', value: text }] } : { type: 'text', value: text };
      parent.children.splice(index, 1, replacement as RootContent as never);
      return index + 1;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkMathToMathJax)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

export function markdownToAnkiHtml(md: string): string {
  const html = String(processor.processSync(md)).trim();
  // A single paragraph needs no wrapper in a field.
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}
