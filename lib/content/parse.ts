/**
 * Note → cards. Walks the mdast of one note; blocks separated by a blank line
 * (or a heading / rule) form chunks, the unit the Obsidian SR plugin reads
 * multi-line cards from. Everything inside a chunk is located by AST position.
 */

import type { Code, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitFrontMatter } from './front-matter';
import { parseMarkdown } from './markdown';
import { readPredict } from './predict';
import { assignIds } from './assign';
import { Scanner, findTags, isFlashcardsTag, type Prefix, type TextLine } from './scan';
import type { ParseOptions, ParsedNote } from './types';
import { itemColumn, mcCard } from './mc';
import { clozeCard, lineCards, multiLineCard, report, type Ctx } from './units';

/** `content/notes/pooling.md` → `pooling`. */
export function topicOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(md|markdown)$/i, '');
}

/** Parse one note. Never throws: problems become diagnostics. */
export function parseNote(source: string, options: ParseOptions): ParsedNote {
  const file = options.file;
  const topic = topicOf(file);
  const note: ParsedNote = {
    topic,
    title: topic,
    file,
    markdown: source,
    tags: [],
    obsidian: !!options.obsidian,
    cards: [],
    diagnostics: [],
    idEdits: [],
  };
  try {
    parseInto(note, source, options);
  } catch (err) {
    note.cards = [];
    note.idEdits = [];
    note.diagnostics.push({
      severity: 'error',
      file,
      line: 1,
      col: 1,
      message: `internal parser error: ${err instanceof Error ? err.message : String(err)}`,
      fix: 'please report this note to the maintainers; meanwhile simplify the Markdown around the last edit',
      code: 'internalError',
      params: { detail: err instanceof Error ? err.message : String(err) },
    });
  }
  return note;
}

function parseInto(note: ParsedNote, source: string, options: ParseOptions): void {
  const { frontMatter, masked, body, diagnostics } = splitFrontMatter(source, note.file);
  note.markdown = body;
  note.diagnostics.push(...diagnostics);
  note.obsidian = !!options.obsidian || frontMatter.obsidian === true;
  const tree = parseMarkdown(masked, { obsidian: note.obsidian });
  const sc = new Scanner(masked, tree);
  note.tags = [...new Set([...frontMatter.tags, ...findTags(sc.maskedText(0, masked.length))])];
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  note.title = frontMatter.title ?? (h1 ? toString(h1).trim() : '') ?? note.topic;
  if (!note.title) note.title = note.topic;

  // The plugin only reads notes tagged #flashcards (or #flashcards/deck).
  if (note.obsidian && !note.tags.some(isFlashcardsTag)) return;

  const ctx: Ctx = { sc, file: note.file, obsidian: note.obsidian, headingPath: [], units: [], diagnostics: note.diagnostics };
  walk(ctx, tree.children, [], true);
  assignIds(note, ctx, frontMatter.tags);
}

type Stack = Array<{ depth: number; text: string }>;

function walk(ctx: Ctx, children: readonly RootContent[], prefixes: readonly Prefix[], isRoot: boolean, stack: Stack = []): void {
  let chunk: RootContent[] = [];
  const flush = (): void => {
    if (chunk.length) processChunk(ctx, chunk, prefixes);
    chunk = [];
  };
  children.forEach((node, i) => {
    if (node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'footnoteDefinition') {
      flush();
      if (node.type === 'heading') {
        warnSetext(ctx, node);
        if (isRoot) {
          while (stack.length && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
          stack.push({ depth: node.depth, text: toString(node).trim() });
          ctx.headingPath = stack.map((h) => h.text);
        }
      }
      return;
    }
    const prev = chunk[chunk.length - 1];
    if (prev && (node.position?.start.line ?? 0) - (prev.position?.end.line ?? 0) > 1) flush();
    chunk.push(node);
    const before = children[i - 1];
    if (
      !ctx.obsidian &&
      node.type === 'list' &&
      before?.type === 'paragraph' &&
      node.children.some((c) => c.checked === true) &&
      (node.position?.start.line ?? 0) - (before.position?.end.line ?? 0) > 1
    ) {
      report(
        ctx,
        node.position?.start.offset ?? 0,
        'warning',
        'task list with [x] is separated from the paragraph above by a blank line, so it is not a multiple-choice card',
        'remove the blank line between the question and its options',
        'mcBlankLine',
      );
    }
  });
  flush();
}

function processChunk(ctx: Ctx, chunk: readonly RootContent[], prefixes: readonly Prefix[]): void {
  const sc = ctx.sc;
  const start = chunk[0]?.position?.start.offset ?? 0;
  const end = chunk[chunk.length - 1]?.position?.end.offset ?? start;
  const lines = sc.textLines(start, end, prefixes);
  const sepIndex = lines.findIndex((t) => isMultiSeparator(sc, t));
  if (sepIndex !== -1) {
    const t = lines[sepIndex] as TextLine;
    multiLineCard(ctx, lines, sepIndex, sc.source.slice(t.start, t.end).trim() === '??');
    return;
  }
  for (let i = 0; i < chunk.length; i++) {
    const node = chunk[i] as RootContent;
    const next = chunk[i + 1];
    if (node.type === 'paragraph') {
      if (!ctx.obsidian && next?.type === 'list' && next.children.some((c) => typeof c.checked === 'boolean')) {
        mcCard(ctx, node, next, prefixes);
        i++;
        continue;
      }
      const pLines = sc.textLines(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, prefixes);
      if (lineCards(ctx, pLines) === 0) clozeCard(ctx, pLines);
    } else if (node.type === 'list') {
      for (const item of node.children) walk(ctx, item.children, [...prefixes, { kind: 'list', column: itemColumn(sc, item) }], false);
    } else if (node.type === 'blockquote') {
      walk(ctx, node.children, [...prefixes, { kind: 'quote' }], false);
    } else if (node.type === 'code' && node.lang === 'predict') {
      if (ctx.obsidian)
        report(
          ctx,
          node.position?.start.offset ?? 0,
          'warning',
          'predict blocks are ignored in Obsidian mode',
          'remove `obsidian: true` from the front matter to use predict cards',
          'predictObsidian',
        );
      else predictCard(ctx, node);
    }
  }
}

function isMultiSeparator(sc: Scanner, t: TextLine): boolean {
  const text = sc.source.slice(t.start, t.end);
  const trimmed = text.trim();
  if (trimmed !== '?' && trimmed !== '??') return false;
  const at = t.start + text.indexOf('?');
  return !sc.isBlock(at);
}

function warnSetext(ctx: Ctx, node: Heading): void {
  const s = node.position?.start.line ?? 0;
  const e = node.position?.end.line ?? 0;
  if (e - s < 2) return;
  const text = ctx.sc.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  if (/^\s*\?\??\s*$/m.test(text) || text.includes('::')) {
    report(
      ctx,
      node.position?.start.offset ?? 0,
      'warning',
      'a card is followed directly by `---` or `===`, which turns it into a heading',
      'put a blank line before the horizontal rule',
      'setextHeading',
    );
  }
}

function predictCard(ctx: Ctx, node: Code): void {
  const sc = ctx.sc;
  const start = node.position?.start;
  if (!start) return;
  const block = readPredict(node.value, ctx.file, start.line + 1, start.column);
  ctx.diagnostics.push(...block.diagnostics);
  if (block.diagnostics.some((d) => d.severity === 'error') || !block.predict) return;
  const prefix = sc.source.slice(sc.lines.start(start.line), start.offset ?? 0).replace(/[^>\s]/g, ' ');
  ctx.units.push({
    line: start.line,
    column: start.column,
    headingPath: [...ctx.headingPath],
    anchor: block.id ? { id: block.id, line: start.line + 1, col: start.column } : undefined,
    seed: block.question,
    edit: (id) => ({ offset: sc.lines.end(start.line), text: `${sc.lines.eol(start.line)}${prefix}id: ${id}` }),
    tags: [],
    span: [start.line, node.position?.end.line ?? start.line],
    deckTags: [],
    parts: [
      {
        suffix: '',
        type: 'predict',
        front: block.question,
        back: block.explanation ?? '',
        ...(block.options ? { options: block.options } : {}),
        predict: block.predict,
        ...(block.explanation ? { explanation: block.explanation } : {}),
      },
    ],
  });
}
