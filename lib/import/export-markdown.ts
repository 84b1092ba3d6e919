/** Export notes → the card Markdown syntax (content/README.md), which the parser reads back with the same anchors. */

import type { ExportNote } from './export-notes';

const anchorOf = (id: string): string => id.replace(/^.*:/, '');

function twoSided(front: string, back: string, reversed: boolean, anchor: string): string {
  if (!front.includes('\n') && !back.includes('\n')) return `${front}${reversed ? ':::' : '::'}${back} ^${anchor}`;
  const ownLine = /(^|\n)(```|\|)[^\n]*$/.test(back);
  return `${front}\n${reversed ? '??' : '?'}\n${back}${ownLine ? '\n' : ' '}^${anchor}`;
}

export function noteMarkdown(note: ExportNote): string {
  const anchor = anchorOf(note.id);
  switch (note.kind) {
    case 'basic':
    case 'reversed':
      return twoSided(note.front, note.back, note.kind === 'reversed', anchor);
    case 'typed':
      return `${note.front}:=:${note.answers.join(' | ')} ^${anchor}`;
    case 'mc':
      return `${note.front} ^${anchor}\n${note.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`).join('\n')}`;
    case 'cloze':
      return `${note.text} ^${anchor}`;
  }
}

export function deckToMarkdown(title: string, notes: readonly ExportNote[]): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${notes.map(noteMarkdown).join('\n\n')}\n`;
}
