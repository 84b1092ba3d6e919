/**
 * Builders for the pieces of text that become cards. A `Unit` is one written
 * card (one anchor, one derived id); it may yield sibling cards (`.r`, `.1`, `.c2`).
 */

import { ankiRanges, clozeKeys, findDeletions, renderCloze } from './cloze';
import { findAnchor, findTags, leadingFlashcardTags, type Scanner, type TextLine } from './scan';
import { normalizeAnswer } from '@/lib/quiz/typed';
import type { CardOption, CardType, Diagnostic, DiagnosticCode, DiagnosticParams, PredictSpec } from './types';

export interface CardPart {
  suffix: string;
  type: CardType;
  front: string;
  back: string;
  options?: CardOption[];
  answers?: string[];
  predict?: PredictSpec;
  explanation?: string;
}

export interface Unit {
  line: number;
  column: number;
  headingPath: string[];
  anchor?: { id: string; line: number; col: number };
  /** Text the derived id is hashed from. */
  seed: string;
  /** Where `content:ids` writes the id, if it can. */
  edit?: (id: string) => { offset: number; text: string };
  tags: string[];
  /** First and last source line of the card's text, tag lines and schedule comments included (1-based). */
  span: [number, number];
  /** Flashcard tags written on the card itself (leading it, or alone on the line above it). */
  deckTags: string[];
  parts: CardPart[];
}

export interface Ctx {
  sc: Scanner;
  file: string;
  obsidian: boolean;
  headingPath: string[];
  units: Unit[];
  diagnostics: Diagnostic[];
}

export function report(
  ctx: Ctx,
  offset: number,
  severity: Diagnostic['severity'],
  message: string,
  fix: string,
  code: DiagnosticCode,
  params?: DiagnosticParams,
): void {
  ctx.diagnostics.push({ severity, file: ctx.file, ...ctx.sc.lines.position(offset), message, fix, code, ...(params ? { params } : {}) });
}

export function anchorAt(ctx: Ctx, t: TextLine, raw: string): Unit['anchor'] {
  const a = findAnchor(raw);
  if (!a) return undefined;
  // Comments are dropped from `raw`; the anchor is the last `^` of the source line.
  const idx = ctx.sc.source.slice(t.start, t.end).lastIndexOf('^');
  return { id: a.id, ...ctx.sc.lines.position(t.start + Math.max(0, idx)) };
}

/** Append ` ^id` to a line, unless the line ends inside a span that continues (the anchor would be swallowed). */
export function appendAnchor(ctx: Ctx, line: number): Unit['edit'] {
  const offset = ctx.sc.lines.end(line);
  if (ctx.sc.isMasked(offset) && !ctx.sc.isBlock(offset)) return undefined;
  return (id: string) => ({ offset, text: ` ^${id}` });
}

export function tagsOf(ctx: Ctx, lines: readonly TextLine[]): string[] {
  return findTags(ctx.sc.pair(lines).masked);
}

type Sep = { index: number; length: number; type: 'basic' | 'reversed' | 'typed' };

function findSeparator(masked: string, obsidian: boolean): Sep | undefined {
  for (let i = 0; i < masked.length - 1; i++) {
    if (masked[i] !== ':') continue;
    if (!obsidian && masked.startsWith(':=:', i)) return { index: i, length: 3, type: 'typed' };
    if (masked.startsWith(':::', i)) return { index: i, length: 3, type: 'reversed' };
    if (masked.startsWith('::', i)) return { index: i, length: 2, type: 'basic' };
  }
  return undefined;
}

/** `Q::A`, `Q:::A`, `Q:=:A | B`, one card per line. Returns how many lines were cards. */
export function lineCards(ctx: Ctx, lines: readonly TextLine[]): number {
  let found = 0;
  for (const t of lines) {
    const { raw, masked: m0 } = ctx.sc.pair([t]);
    // Anki clozes contain `::`; that is not a separator.
    let masked = m0;
    if (!ctx.obsidian) for (const [s, e] of ankiRanges(m0)) masked = masked.slice(0, s) + '\u0000'.repeat(e - s) + masked.slice(e);
    const sep = findSeparator(masked, ctx.obsidian);
    if (!sep) continue;
    found++;
    const anchor = findAnchor(raw);
    const backEnd = anchor && anchor.index >= sep.index + sep.length ? anchor.index : raw.length;
    const lead0 = leadingFlashcardTags(masked.slice(0, sep.index));
    const front = raw.slice(lead0.length, sep.index).trim();
    const backRaw = raw.slice(sep.index + sep.length, backEnd);
    const lead = raw.length - raw.trimStart().length;
    const column = ctx.sc.lines.position(t.start).col + lead;
    if (!front || !backRaw.trim()) {
      report(
        ctx,
        t.start + lead,
        'error',
        `card has an empty ${front ? 'answer' : 'question'}`,
        'write text on both sides of the separator, or escape it as `\\:\\:` if it is not a card',
        front ? 'emptyAnswer' : 'emptyQuestion',
      );
      continue;
    }
    const parts: CardPart[] = [];
    if (sep.type === 'typed') {
      const backMasked = masked.slice(sep.index + sep.length, backEnd);
      const answers: string[] = [];
      let from = 0;
      for (let i = backMasked.indexOf(' | '); i !== -1; i = backMasked.indexOf(' | ', i + 3)) {
        answers.push(backRaw.slice(from, i).trim());
        from = i + 3;
      }
      answers.push(backRaw.slice(from).trim());
      const accepted = answers.filter(Boolean);
      // The learner's input is normalized before it is compared (lib/quiz/typed.ts), so an
      // alternative equal to an earlier one after normalization can never make a difference.
      const seen = new Map<string, string>();
      for (const answer of accepted) {
        const key = normalizeAnswer(answer);
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, answer);
        else
          report(
            ctx,
            t.start + lead,
            'warning',
            `typed answer alternative "${answer}" is the same as "${earlier}" once normalized`,
            'delete it: case, width, spaces, trailing punctuation and notation such as 3x3 for 3×3 already match (lib/quiz/README.md)',
            'typedDuplicate',
            { answer, earlier },
          );
      }
      parts.push({ suffix: '', type: 'typed', front, back: accepted[0] ?? '', answers: accepted });
    } else {
      const back = backRaw.trim();
      parts.push({ suffix: '', type: sep.type, front, back });
      if (sep.type === 'reversed') parts.push({ suffix: '.r', type: 'reversed', front: back, back: front });
    }
    ctx.units.push({
      line: t.line,
      column,
      headingPath: [...ctx.headingPath],
      anchor: anchor ? anchorAt(ctx, t, raw) : undefined,
      seed: front,
      edit: appendAnchor(ctx, t.line),
      tags: tagsOf(ctx, [t]),
      span: [t.line, t.line],
      deckTags: lead0.tags,
      parts,
    });
  }
  return found;
}

/** Question lines, a `?` (or `??`) line, answer lines; ends where the chunk (blank line) ends. */
export function multiLineCard(ctx: Ctx, lines: readonly TextLine[], sepIndex: number, reversed: boolean): void {
  const sc = ctx.sc;
  const keep = (ls: readonly TextLine[]) => ls.filter((t) => !(sc.source.slice(t.start, t.end).trim() && sc.isEmpty(t)));
  const frontLines = keep(lines.slice(0, sepIndex));
  let backLines = keep(lines.slice(sepIndex + 1));
  while (backLines.length && sc.isEmpty(backLines[backLines.length - 1] as TextLine)) backLines = backLines.slice(0, -1);
  const lastLine = backLines[backLines.length - 1];
  const sepLine = lines[sepIndex] as TextLine;
  let anchor: Unit['anchor'];
  let back = backLines.map((t) => sc.clean(t.start, t.end)).join('\n');
  if (lastLine) {
    const lastRaw = sc.clean(lastLine.start, lastLine.end);
    const a = findAnchor(lastRaw);
    if (a) {
      anchor = anchorAt(ctx, lastLine, lastRaw);
      back = backLines
        .slice(0, -1)
        .map((t) => sc.clean(t.start, t.end))
        .concat(lastRaw.slice(0, a.index))
        .join('\n');
    }
  }
  const fp = sc.pair(frontLines);
  const lead0 = leadingFlashcardTags(fp.masked);
  const front = fp.raw.slice(lead0.length).trim();
  back = back.trim();
  // A tag line above the question is part of the card, but the card's text starts below it.
  const first = frontLines[fp.raw.slice(0, lead0.length).split('\n').length - 1] ?? frontLines[0] ?? sepLine;
  const spanStart = frontLines[0]?.line ?? sepLine.line;
  if (!front || !back) {
    report(
      ctx,
      sepLine.start,
      'error',
      `multi-line card has an empty ${front ? 'answer' : 'question'}`,
      'put the question on the lines right above the `?` line and the answer right below it, with no blank line in between',
      front ? 'multiLineEmptyAnswer' : 'multiLineEmptyQuestion',
    );
    return;
  }
  const parts: CardPart[] = [{ suffix: '', type: reversed ? 'reversed' : 'basic', front, back }];
  if (reversed) parts.push({ suffix: '.r', type: 'reversed', front: back, back: front });
  let edit: Unit['edit'];
  if (lastLine && sc.isFence(lastLine.start)) {
    // An anchor on a closing fence would reopen the block: put it on its own line, same container prefix.
    const closing = /^\s*(`{3,}|~{3,}|\$\$+)\s*$/.test(sc.source.slice(lastLine.start, lastLine.end));
    const prefix = sc.source.slice(sc.lines.start(lastLine.line), lastLine.start).replace(/[^>\s]/g, ' ');
    if (closing) edit = (id) => ({ offset: sc.lines.end(lastLine.line), text: `${sc.lines.eol(lastLine.line)}${prefix}^${id}` });
  } else if (lastLine) edit = appendAnchor(ctx, lastLine.line);
  const lead = sc.source.slice(first.start, first.end).length - sc.source.slice(first.start, first.end).trimStart().length;
  ctx.units.push({
    line: first.line,
    column: sc.lines.position(first.start).col + lead,
    headingPath: [...ctx.headingPath],
    anchor,
    seed: front,
    edit,
    tags: tagsOf(ctx, lines),
    span: [spanStart, (lastLine ?? sepLine).line],
    deckTags: lead0.tags,
    parts,
  });
}

/** `==x==` and `{{c1::x}}` deletions in one paragraph. Returns false if there are none. */
export function clozeCard(ctx: Ctx, lines: readonly TextLine[]): boolean {
  const pair = ctx.sc.pair(lines);
  let { raw, masked } = pair;
  const lastNl = raw.lastIndexOf('\n') + 1;
  const a = findAnchor(raw.slice(lastNl));
  const last = lines[lines.length - 1];
  const first = lines[0];
  if (!last || !first) return false;
  if (a) {
    raw = raw.slice(0, lastNl + a.index);
    masked = masked.slice(0, lastNl + a.index);
  }
  const lead0 = leadingFlashcardTags(masked);
  const tagLines = raw.slice(0, lead0.length).split('\n').length - 1;
  raw = raw.slice(lead0.length);
  masked = masked.slice(lead0.length);
  const deletions = findDeletions(raw, masked, !ctx.obsidian);
  if (deletions.length === 0) return false;
  const parts = clozeKeys(deletions).map((key): CardPart => {
    const { front, back } = renderCloze(raw, deletions, key);
    return { suffix: `.${key}`, type: 'cloze', front, back };
  });
  const textFirst = lines[tagLines] ?? first;
  const lead = tagLines ? 0 : raw.length - raw.trimStart().length;
  ctx.units.push({
    line: textFirst.line,
    column: ctx.sc.lines.position(textFirst.start).col + lead,
    headingPath: [...ctx.headingPath],
    anchor: a ? anchorAt(ctx, last, pair.raw.slice(lastNl)) : undefined,
    seed: raw,
    edit: appendAnchor(ctx, last.line),
    tags: [...lead0.tags, ...findTags(masked)],
    span: [first.line, last.line],
    deckTags: lead0.tags,
    parts,
  });
  return true;
}
