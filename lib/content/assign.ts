/**
 * Units → cards: give every unit its id (anchor, or the derived id `content:ids` would
 * write), then its tags, Obsidian decks and schedule, and expand it into sibling cards.
 */

import { cardMeta } from './card-meta';
import { ID_PATTERN, deriveId } from './ids';
import { isFlashcardsTag } from './scan';
import type { Card, IdEdit, ParsedNote } from './types';
import type { Ctx } from './units';

export function assignIds(note: ParsedNote, ctx: Ctx, frontMatterTags: readonly string[]): void {
  const taken = new Set<string>();
  const ids: string[] = [];
  for (const u of ctx.units) {
    if (!u.anchor) continue;
    if (taken.has(u.anchor.id)) {
      note.diagnostics.push({
        severity: 'error',
        file: note.file,
        line: u.anchor.line,
        col: u.anchor.col,
        message: `duplicate card id "${u.anchor.id}" in this note`,
        fix: 'delete this anchor and run `npm run content:ids` to write a fresh one',
        code: 'duplicateId',
        params: { id: u.anchor.id },
      });
    } else if (!ID_PATTERN.test(u.anchor.id)) {
      note.diagnostics.push({
        severity: 'warning',
        file: note.file,
        line: u.anchor.line,
        col: u.anchor.col,
        message: `card id "${u.anchor.id}" is not lowercase-kebab`,
        fix: 'use only a-z, 0-9 and single hyphens',
        code: 'idNotKebab',
        params: { id: u.anchor.id },
      });
    }
    taken.add(u.anchor.id);
  }
  const edits: IdEdit[] = [];
  for (const u of ctx.units) {
    let id = u.anchor?.id;
    if (!id) {
      id = deriveId(note.topic, note.file, u.seed, taken);
      taken.add(id);
      const edit = u.edit?.(id);
      if (edit) edits.push({ ...edit, id });
      note.diagnostics.push({
        severity: 'warning',
        file: note.file,
        line: u.line,
        col: u.column,
        message: `card has no id (derived: ${id})`,
        fix: `run \`npm run content:ids\` to write \`^${id}\`, or add your own anchor`,
        code: 'missingId',
        params: { id },
      });
    }
    ids.push(id);
  }
  // Flashcard tags in the body are positional (they pick decks), so they are not note-wide.
  const noteTags = note.tags.filter((t) => !isFlashcardsTag(t) || frontMatterTags.includes(t));
  const meta = cardMeta(ctx.sc, ctx.units, frontMatterTags);
  note.cards = ctx.units.flatMap((u, i): Card[] => {
    const base = ids[i] as string;
    const { obsidianDecks, schedule } = meta[i] ?? { obsidianDecks: [], schedule: [] };
    const tags = [...new Set([...noteTags.filter((t) => !isFlashcardsTag(t) || obsidianDecks.includes(t)), ...u.tags, ...obsidianDecks])];
    return u.parts.map((p, k) => ({
      id: base + p.suffix,
      group: base,
      type: p.type,
      front: p.front,
      back: p.back,
      ...(p.options ? { options: p.options } : {}),
      ...(p.answers ? { answers: p.answers } : {}),
      ...(p.predict ? { predict: p.predict } : {}),
      ...(p.explanation ? { explanation: p.explanation } : {}),
      file: note.file,
      topic: note.topic,
      line: u.line,
      column: u.column,
      headingPath: u.headingPath,
      hasExplicitId: !!u.anchor,
      tags,
      ...(obsidianDecks.length ? { obsidianDecks } : {}),
      ...(schedule[k] ? { srSchedule: schedule[k] } : {}),
    }));
  });
  note.idEdits = edits;
}
