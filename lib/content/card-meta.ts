/**
 * What the Obsidian SR plugin reads around a card besides its text: the deck tags that
 * apply to it and its `<!--SR:…-->` schedule. The rules follow the plugin's documentation
 * (flashcards/decks.md) and tests (note-question-parser.test.ts):
 * - a flashcard tag written on the card (leading its first line, or alone on the line
 *   directly above a multi-line card or cloze) belongs to that card only;
 * - otherwise the last line of flashcard tags above the card that is not part of a card
 *   applies ("a tag pertains to all subsequent cards in a file until any subsequent tag");
 * - otherwise the front matter's flashcard tags, and failing those the note's first one;
 * - the schedule comment sits on the card's last line or alone on the line below it.
 */

import { parseSrComment } from './sr-schedule';
import { findTags, isFlashcardsTag, type Scanner } from './scan';
import type { SrSchedule } from './types';
import type { Unit } from './units';

export interface CardMeta {
  obsidianDecks: string[];
  /** One entry per sibling card, in card order; null where the plugin has no schedule yet. */
  schedule: Array<SrSchedule | null>;
}

export function cardMeta(sc: Scanner, units: readonly Unit[], frontMatterTags: readonly string[]): CardMeta[] {
  const inCard = (line: number) => units.some((u) => line >= u.span[0] && line <= u.span[1]);
  const tagLines: Array<{ line: number; tags: string[] }> = [];
  for (let line = 1; line <= sc.lines.count; line++) {
    const tags = findTags(sc.maskedText(sc.lines.start(line), sc.lines.end(line))).filter(isFlashcardsTag);
    if (tags.length) tagLines.push({ line, tags: [...new Set(tags)] });
  }
  const noteLevel = tagLines.filter((t) => !inCard(t.line));
  const fromFrontMatter = frontMatterTags.filter(isFlashcardsTag);
  const fallback = fromFrontMatter.length ? fromFrontMatter : tagLines[0] ? [tagLines[0].tags[0] as string] : [];
  return units.map((u) => {
    const above = noteLevel.filter((t) => t.line < u.span[0]).pop();
    const obsidianDecks = u.deckTags.length ? [...new Set(u.deckTags)] : (above?.tags ?? fallback);
    return { obsidianDecks, schedule: scheduleOf(sc, u) };
  });
}

function scheduleOf(sc: Scanner, u: Unit): Array<SrSchedule | null> {
  const last = u.span[1];
  const onLine = (line: number) => {
    const s = sc.lines.start(line);
    const e = sc.lines.end(line);
    for (const [cs, ce] of sc.comments) {
      if (ce <= s || cs >= e) continue;
      const parsed = parseSrComment(sc.source.slice(Math.max(cs, s), Math.min(ce, e)));
      if (parsed) return parsed;
    }
    return undefined;
  };
  const here = onLine(last);
  if (here) return here;
  const next = last + 1;
  const nextText = sc.lines.text(next);
  if (next <= sc.lines.count && nextText.trim() && sc.isEmpty({ line: next, start: sc.lines.start(next), end: sc.lines.end(next) })) {
    return onLine(next) ?? [];
  }
  return [];
}
