/**
 * One Anki field (HTML) → card Markdown. The HTML goes through the app's one sanitizer
 * schema (lib/content/render.ts) as a hast tree, then hast → mdast → Markdown, so
 * formatting, lists, code and tables survive and `<script>` and event handlers do not.
 * `\(…\)`, `\[…\]` and Anki's `[$]…[/$]`, `[$$]…[/$$]`, `[latex]…[/latex]` become `$…$` and
 * `$$…$$`. Images within the limits become `data:` URLs; audio and video are reported.
 *
 * Card syntax is line based (a multi-line card ends at a blank line), so the Markdown has no
 * blank lines: consecutive paragraphs are joined with hard breaks, lists are tight, and
 * headings become bold paragraphs. Separators (`::`, `==`) in text are escaped.
 */

import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { defaultHandlers, toMdast, type Handle as HastHandle } from 'hast-util-to-mdast';
import type { Nodes as MdastNodes, Parent, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { toMarkdown, type Handle } from 'mdast-util-to-markdown';
import { sanitizeSchema } from '@/lib/content/render';
import { imageFor, type MediaBudget, type Skip } from './media';

const MATH = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]|\[\$\]([\s\S]+?)\[\/\$\]|\[\$\$\]([\s\S]+?)\[\/\$\$\]|\[latex\]([\s\S]+?)\[\/latex\]/g;
const HAS_MATH = new RegExp(MATH.source);
const SOUND = /\[sound:([^\]]+)\]/g;
const MEDIA_TAGS = new Set(['audio', 'video', 'object', 'embed', 'iframe']);

export interface FieldResult {
  markdown: string;
  skipped: Skip[];
}

export function fieldToMarkdown(html: string, budget: MediaBudget): FieldResult {
  const skipped: Skip[] = [];
  const withoutSound = html.replace(SOUND, (_, name: string) => {
    skipped.push({ kind: 'audio', name, code: 'audio', reason: 'audio is not supported' });
    return '';
  });
  const tree = fromHtml(withoutSound, { fragment: true });
  reportMediaTags(tree, skipped);
  const clean = sanitize(tree, sanitizeSchema) as HastRoot;
  unwrapEmptyLinks(clean);
  splitMath(clean);
  inlineImages(clean, budget, skipped);
  const mdast = toMdast(clean, { handlers: { code: mathOrCode, h1: bold, h2: bold, h3: bold, h4: bold, h5: bold, h6: bold } });
  tighten(mdast);
  return { markdown: serialize(mdast), skipped };
}

function reportMediaTags(node: HastRoot | Element, skipped: Skip[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (MEDIA_TAGS.has(child.tagName)) {
      const src = child.properties.src ?? findSource(child);
      skipped.push({ kind: 'video', name: String(src ?? child.tagName), code: 'video', reason: `<${child.tagName}> is not supported` });
    } else reportMediaTags(child, skipped);
  }
}

function findSource(el: Element): unknown {
  for (const c of el.children) if (c.type === 'element' && c.tagName === 'source') return c.properties.src;
  return undefined;
}

/** A link whose `href` the sanitizer removed (`javascript:`) keeps only its text. */
function unwrapEmptyLinks(node: HastRoot | Element): void {
  node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    unwrapEmptyLinks(child);
    return child.tagName === 'a' && !child.properties.href ? child.children : [child];
  }) as typeof node.children;
}

/** Text nodes holding Anki maths → `<code class="math-inline|math-display">`, handled below. */
function splitMath(node: HastRoot | Element): void {
  if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return;
  const out: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') splitMath(child);
    if (child.type !== 'text' || !HAS_MATH.test(child.value)) {
      out.push(child);
      continue;
    }
    let at = 0;
    for (const m of child.value.matchAll(MATH)) {
      if (m.index > at) out.push({ type: 'text', value: child.value.slice(at, m.index) });
      const display = m[1] === undefined && m[3] === undefined;
      const tex = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
      out.push({
        type: 'element',
        tagName: 'code',
        properties: { className: [display ? 'math-display' : 'math-inline'] },
        children: [{ type: 'text', value: tex }],
      });
      at = m.index + m[0].length;
    }
    if (at < child.value.length) out.push({ type: 'text', value: child.value.slice(at) });
  }
  (node as Element).children = out;
}

function inlineImages(node: HastRoot | Element, budget: MediaBudget, skipped: Skip[]): void {
  node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName !== 'img') {
      inlineImages(child, budget, skipped);
      return [child];
    }
    const src = typeof child.properties.src === 'string' ? child.properties.src : '';
    const result = imageFor(src, budget);
    if ('skip' in result) {
      skipped.push(result.skip);
      return [];
    }
    return [{ ...child, properties: { ...child.properties, src: result.url } }];
  }) as typeof node.children;
}

const mathOrCode: HastHandle = (state, node) => {
  const cls = node.properties.className;
  const classes = Array.isArray(cls) ? cls.map(String) : [];
  if (classes.includes('math-inline') || classes.includes('math-display')) {
    const value = node.children.map((c) => (c.type === 'text' ? (c as HastText).value : '')).join('');
    const math = { type: 'inlineMath', value, data: { display: classes.includes('math-display') } } as unknown as PhrasingContent;
    state.patch(node, math);
    return math;
  }
  return defaultHandlers.code(state, node);
};

const bold: HastHandle = (state, node) => ({
  type: 'paragraph',
  children: [{ type: 'strong', children: state.all(node) as PhrasingContent[] }],
});

/** No blank lines: consecutive paragraphs become one with hard breaks; lists are tight. */
function tighten(node: MdastNodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  const merged: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    tighten(child);
    if (child.type === 'list' || child.type === 'listItem') child.spread = false;
    const last = merged[merged.length - 1];
    if (child.type === 'paragraph' && last?.type === 'paragraph') {
      last.children.push({ type: 'break' }, ...child.children);
    } else merged.push(child);
  }
  parent.children = merged as typeof parent.children;
}

const inlineMath: Handle = (node: { value: string; data?: { display?: boolean } }) => {
  const fence = node.data?.display ? '$$' : '$';
  return `${fence}${node.value}${fence}`;
};

function serialize(tree: MdastNodes): string {
  const root: MdastRoot = tree.type === 'root' ? tree : { type: 'root', children: [tree as RootContent] };
  const md = toMarkdown(root, {
    extensions: [gfmToMarkdown(), mathToMarkdown()],
    handlers: { inlineMath },
    bullet: '-',
    emphasis: '_',
    fences: true,
    join: [() => 0],
    unsafe: [
      // `a::b` in text would split a card, `==x==` would be a highlight cloze: `:\:`, `=\=`.
      { character: ':', before: ':' },
      { character: '=', before: '=' },
    ],
  });
  // A line that is only `?` or `??` would end a multi-line card's question.
  return md
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (/^\s*\?\??\s*$/.test(line) ? line.replace('?', '\\?') : line))
    .join('\n');
}
