/** A card's Markdown as one line of plain text, for tables and CSV cells. Pure. */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '@/lib/content/markdown';

/** How MathML's layout elements read in one line: x_i, x^2, a/b, √x. */
const JOIN: Record<string, string> = { msub: '_', msup: '^', mfrac: '/' };

function mathMlText(node: HastRoot | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  const el = node as Element | HastRoot;
  // The <annotation> repeats the TeX source: that is exactly what a label must not show.
  if (el.type === 'element' && el.tagName === 'annotation') return '';
  const parts = el.children.map((c) => mathMlText(c as ElementContent));
  if (el.type === 'element' && el.tagName === 'msqrt') return `√${parts.join('')}`;
  return parts.join(el.type === 'element' ? (JOIN[el.tagName] ?? '') : '');
}

/**
 * A formula as text: KaTeX (the renderer the cards use, `trust: false`) writes it as MathML,
 * and the MathML's text is what a reader sees (`$\gamma$` → γ). A formula KaTeX cannot
 * parse keeps its source.
 */
export function mathText(tex: string): string {
  const html = katex.renderToString(tex, { output: 'mathml', throwOnError: false, trust: false });
  return mathMlText(fromHtml(html, { fragment: true })).trim() || tex;
}

function withMathAsText(node: Nodes): void {
  if (node.type === 'inlineMath' || node.type === 'math') node.value = mathText(node.value);
  if ('children' in node) for (const c of node.children) withMathAsText(c);
}

/**
 * Parsing and KaTeX cost about a millisecond per card and a dashboard labels every assigned
 * card on every load, so results are memoised by source (bounded, oldest dropped first), as
 * lib/content/render-cache.ts does for HTML. A pure function's cache: nothing depends on it.
 */
const cache = new Map<string, string>();
const MAX_ENTRIES = 5000;

function oneLine(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const tree = parseMarkdown(markdown);
  withMathAsText(tree);
  const text = toString(tree).replace(/\s+/g, ' ').trim();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(markdown, text);
  return text;
}

export function plainText(markdown: string, max = 140): string {
  const text = oneLine(markdown);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
