/**
 * Syntax-tree transforms for the Markdown pipeline in `render.ts`. They work on the
 * mdast/hast trees, never on HTML strings: a regex over serialized HTML cannot tell a
 * tag from a `>` inside an attribute value.
 */

import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

// Node types that remark-math adds to mdast.
type InlineMath = Extract<PhrasingContent, { type: 'inlineMath' }>;
type MathNode = Extract<RootContent, { type: 'math' }>;

/**
 * `$$…$$` written on one line is display maths, as in Obsidian and Typora. micromark's
 * math extension only opens a display block when the `$$` fences sit on lines of their
 * own, and parses `$$x$$` as inline (text) math with a longer delimiter. The tree does
 * not record the delimiter, so it is read back from the source.
 *
 * A paragraph that is only such a formula becomes a `math` block (`<pre><code>`, which
 * rehype-katex renders in display mode); one inside running text keeps its place and is
 * marked `math-display`, so it is still rendered as a display formula on its own line.
 */
export function remarkDisplayMath() {
  return (tree: MdastRoot, file: { value?: unknown }): void => {
    const source = String(file.value ?? '');
    const isDisplay = (node: InlineMath) => {
      const start = node.position?.start.offset;
      return start !== undefined && source.startsWith('$$', start);
    };
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const only = content[0];
      if (content.length === 1 && only?.type === 'inlineMath' && isDisplay(only) && parent && index !== undefined) {
        // The same shape mdast-util-math gives a fenced `$$` block.
        const code: Element = {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value: only.value }],
        };
        const block: MathNode = {
          type: 'math',
          value: only.value,
          position: paragraph.position,
          data: { hName: 'pre', hChildren: [code] },
        };
        parent.children.splice(index, 1, block);
        return SKIP;
      }
      for (const child of paragraph.children) {
        if (child.type === 'inlineMath' && isDisplay(child)) {
          child.data = { ...child.data, hProperties: { className: ['language-math', 'math-display'] } };
        }
      }
      return undefined;
    });
  };
}

/**
 * Replaces every `<a>` with its children: for text shown inside a link of our own (the
 * note page's card index), where a nested link would be invalid and unclickable.
 */
export function rehypeUnwrapLinks() {
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, ...(node.children as ElementContent[]));
      // Visit the same index again: the first lifted child may itself be a link.
      return index;
    });
  };
}
