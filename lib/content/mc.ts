/** Multiple choice: a question paragraph directly followed by a GFM task list. */

import type { List, ListItem, Paragraph } from 'mdast';
import { findAnchor, type Prefix, type Scanner } from './scan';
import type { CardOption } from './types';
import { anchorAt, appendAnchor, report, tagsOf, type Ctx } from './units';

/** A question paragraph directly followed by a task list; `[x]` marks correct options. */
export function mcCard(ctx: Ctx, para: Paragraph, list: List, prefixes: readonly Prefix[]): void {
  const sc = ctx.sc;
  const qLines = sc.textLines(para.position?.start.offset ?? 0, para.position?.end.offset ?? 0, prefixes);
  const qLast = qLines[qLines.length - 1];
  const qFirst = qLines[0];
  if (!qLast || !qFirst) return;
  const { raw } = sc.pair(qLines);
  const lastNl = raw.lastIndexOf('\n') + 1;
  let anchorRaw = raw.slice(lastNl);
  let a = findAnchor(anchorRaw);
  let anchorLine = qLast;
  const question = (a ? raw.slice(0, lastNl + a.index) : raw).trim();
  const options: CardOption[] = [];
  list.children.forEach((item, i) => {
    const itemPrefixes: Prefix[] = [...prefixes, { kind: 'list', column: itemColumn(sc, item) }];
    const s = item.children[0]?.position?.start.offset;
    const e = item.children[item.children.length - 1]?.position?.end.offset;
    let text = '';
    if (s !== undefined && e !== undefined) {
      const iLines = sc.textLines(s, e, itemPrefixes);
      text = sc.pair(iLines).raw;
      const iLast = iLines[iLines.length - 1];
      const ia = i === list.children.length - 1 && !a ? findAnchor(text.slice(text.lastIndexOf('\n') + 1)) : undefined;
      if (ia && iLast) {
        a = ia;
        anchorLine = iLast;
        anchorRaw = text.slice(text.lastIndexOf('\n') + 1);
        text = text.slice(0, text.lastIndexOf('\n') + 1 + ia.index);
      }
    }
    text = text.replace(/^\[[ xX]\]\s+/, '').trim();
    if (item.checked === null || item.checked === undefined) {
      report(
        ctx,
        item.position?.start.offset ?? 0,
        'error',
        `option ${i + 1} of a multiple-choice card has no checkbox`,
        'start every option with `- [ ] ` (wrong) or `- [x] ` (correct)',
        'mcNoCheckbox',
        { n: i + 1 },
      );
    }
    options.push({ text, correct: item.checked === true });
  });
  const at = para.position?.start.offset ?? 0;
  if (options.length < 2)
    report(ctx, at, 'error', 'multiple-choice card needs at least two options', 'add more `- [ ] option` lines', 'mcTooFewOptions');
  if (!options.some((o) => o.correct)) {
    report(ctx, at, 'error', 'multiple-choice card has no correct option', 'mark the correct option(s) with `- [x]`', 'mcNoCorrect');
    return;
  }
  if (!question) {
    report(
      ctx,
      at,
      'error',
      'multiple-choice card has an empty question',
      'write the question on the line above the options',
      'mcEmptyQuestion',
    );
    return;
  }
  const back = options
    .filter((o) => o.correct)
    .map((o) => `- ${o.text}`)
    .join('\n');
  const lead = raw.length - raw.trimStart().length;
  ctx.units.push({
    line: qFirst.line,
    column: sc.lines.position(qFirst.start).col + lead,
    headingPath: [...ctx.headingPath],
    anchor: a ? anchorAt(ctx, anchorLine, anchorRaw) : undefined,
    seed: question,
    edit: appendAnchor(ctx, qLast.line),
    tags: tagsOf(ctx, qLines),
    span: [qFirst.line, sc.lines.position(list.position?.end.offset ?? qLast.start).line],
    deckTags: [],
    parts: [{ suffix: '', type: 'mc', front: question, back, options }],
  });
}

/** Column where a list item's content starts (continuation lines are indented to it). */
export function itemColumn(sc: Scanner, item: ListItem): number {
  const s = item.position?.start.offset ?? 0;
  const m = /^([-*+]|\d{1,9}[.)])([ \t]{1,4}(?=\S))?/.exec(sc.source.slice(s, s + 16));
  return (item.position?.start.column ?? 1) + (m ? Math.max(m[0].length, (m[1]?.length ?? 1) + 1) : 2);
}
