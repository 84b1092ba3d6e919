/**
 * One Anki note → one block of card Markdown ending in the note's `^anchor`:
 * `front::back` (or `:::` reversed, `:=:` typed) when both sides fit on a line, else the
 * multi-line form with a `?` (`??`) line; a cloze note is its text with `{{cN::…::hint}}`.
 */

import type { AnkiNote } from './anki-types';
import { fieldToMarkdown } from './html-to-md';
import type { MediaBudget, Skip } from './media';
import type { Layout } from './templates';

export interface NoteBlock {
  kind: 'basic' | 'reversed' | 'typed' | 'cloze';
  /** Empty when the note has nothing to show (listed in `skipped`). */
  markdown: string;
  skipped: Skip[];
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
// Private-use characters hold the cloze markers while the HTML is converted, so the
// converter's escaping of `::` in text never touches them.
const OPEN = '\uE000';
const NUM_END = '\uE001';
const HINT = '\uE002';
const CLOSE = '\uE003';

export function noteBlock(note: AnkiNote, layout: Layout, anchor: string, budget: MediaBudget, ords: ReadonlySet<number>): NoteBlock {
  const skipped: Skip[] = [];
  const md = (indexes: number[], protect = false): string =>
    indexes
      .map((i) => note.fields[i] ?? '')
      .filter((html) => html.trim() !== '')
      .map((html) => {
        const r = fieldToMarkdown(protect ? protectCloze(html) : html, budget);
        skipped.push(...r.skipped);
        return r.markdown;
      })
      .filter(Boolean)
      .join('\\\n');

  if (layout.kind === 'cloze') {
    const text = restoreCloze(md(layout.front, true));
    for (const i of layout.back) {
      if ((note.fields[i] ?? '').trim())
        skipped.push({
          kind: 'field',
          name: `${i + 1}`,
          code: 'cloze-extra',
          reason: 'a cloze card shows only its text; extra fields stay behind',
        });
    }
    if (!/\{\{c\d+::/.test(text))
      return {
        kind: 'cloze',
        markdown: '',
        skipped: [...skipped, { kind: 'card', name: note.guid, code: 'cloze-empty', reason: 'a cloze note without deletions' }],
      };
    return { kind: 'cloze', markdown: `${text} ^${anchor}`, skipped };
  }

  const front = md(layout.front);
  if (layout.typed !== undefined) {
    const answer = plain(note.fields[layout.typed] ?? '');
    if (front && answer && !front.includes('\n') && !/[|\n]/.test(answer)) {
      return { kind: 'typed', markdown: `${front}:=:${answer} ^${anchor}`, skipped };
    }
  }
  const back = md(layout.typed !== undefined ? [...new Set([layout.typed, ...layout.back])] : layout.back);
  if (!front || !back) {
    return {
      kind: 'basic',
      markdown: '',
      skipped: [
        ...skipped,
        {
          kind: 'card',
          name: note.guid,
          code: front ? 'empty-back' : 'empty-front',
          reason: front ? 'the answer side is empty' : 'the question side is empty',
        },
      ],
    };
  }
  const reversed = layout.reverseOrd !== undefined && ords.has(layout.reverseOrd);
  if (!front.includes('\n') && !back.includes('\n')) {
    return { kind: reversed ? 'reversed' : 'basic', markdown: `${front}${reversed ? ':::' : '::'}${back} ^${anchor}`, skipped };
  }
  // An anchor after a closing fence or a table row would be read as part of it.
  const ownLine = /(^|\n)(```|\|)[^\n]*$/.test(back);
  return {
    kind: reversed ? 'reversed' : 'basic',
    markdown: `${front}\n${reversed ? '??' : '?'}\n${back}${ownLine ? '\n' : ' '}^${anchor}`,
    skipped,
  };
}

function protectCloze(html: string): string {
  return html.replace(CLOZE, (_, n: string, text: string, hint: string | undefined) => {
    const flat = text.replace(/<br\s*\/?>/gi, ' ');
    return `${OPEN}${n}${NUM_END}${flat}${hint === undefined ? '' : `${HINT}${hint}`}${CLOSE}`;
  });
}

function restoreCloze(md: string): string {
  return md
    .replace(new RegExp(`${OPEN}(\\d+)${NUM_END}`, 'g'), '{{c$1::')
    .replaceAll(HINT, '::')
    .replaceAll(CLOSE, '}}');
}

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
