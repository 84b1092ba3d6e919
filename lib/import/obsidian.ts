/**
 * An Obsidian vault (its Markdown files) → an import plan. Each note the SR plugin reads
 * (tagged #flashcards…) becomes one deck, parsed in the parser's Obsidian mode (front matter
 * `obsidian: true` is added), so cards, tags and plugin decks are exactly the parser's; the
 * plugin's decks stay on the cards as tags. `<!--SR:!YYYY-MM-DD,interval,ease-->` gives each
 * sibling card (in order, as the parser assigns them) its due day, interval and EF = ease/100.
 */

import { readDeckSource } from '@/lib/content/deck-source';
import { startOfDay } from '@/lib/srs/day';
import { MIN_EF, type CardState } from '@/lib/srs/sm2';
import type { SrSchedule } from '@/lib/content/types';
import type { DayOptions } from './anki-schedule';

export interface ObsidianDeck {
  /** The note's path in the vault: the key a re-import finds the deck by. */
  path: string;
  title: string;
  markdown: string;
  cardIds: string[];
}

export interface ObsidianPlan {
  decks: ObsidianDeck[];
  states: Map<string, CardState>;
  /** Notes without flashcard tags, or without cards. */
  skipped: Array<{ path: string; code: 'no-flashcards' | 'note-errors'; reason: string }>;
  counts: { notes: number; cards: number; scheduled: number };
}

const DAY_MS = 86_400_000;

export function srState(sr: SrSchedule, o: DayOptions): CardState {
  const due = startOfDay(sr.due, o.timeZone, o.rolloverHour);
  return {
    ef: Math.max(MIN_EF, Math.round(sr.ease) / 100),
    interval: sr.interval,
    repetitions: sr.interval >= 6 ? 2 : 1,
    due,
    lastReview: new Date(due.getTime() - sr.interval * DAY_MS),
    lapses: 0,
    repeatToday: false,
    suspended: false,
    buriedUntil: null,
    leech: false,
    learningStep: null,
    stepDue: null,
  };
}

/** Adds `obsidian: true` to the note's front matter (or gives it one). */
export function withObsidianFrontMatter(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!fm) return `---\nobsidian: true\n---\n${text}`;
  const body = (fm[1] ?? '').replace(/^obsidian:.*$/m, '').replace(/\n+$/, '');
  return `---\n${body ? `${body}\n` : ''}obsidian: true\n---\n${text.slice(fm[0].length)}`;
}

export function planObsidian(files: ReadonlyMap<string, string>, o: DayOptions): ObsidianPlan {
  const decks: ObsidianDeck[] = [];
  const states = new Map<string, CardState>();
  const skipped: ObsidianPlan['skipped'] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/\.md$/i.test(path) || path.split('/').some((p) => p.startsWith('.'))) continue;
    const source = readDeckSource(withObsidianFrontMatter(text));
    if (source.note.cards.length === 0) {
      skipped.push({ path, code: 'no-flashcards', reason: 'no flashcards (the plugin reads only notes tagged #flashcards)' });
      continue;
    }
    if (source.errors > 0) {
      skipped.push({
        path,
        code: 'note-errors',
        reason: source.diagnostics.find((d) => d.severity === 'error')?.message ?? 'the note has errors',
      });
      continue;
    }
    for (const card of source.note.cards) if (card.srSchedule) states.set(`${path}#${card.id}`, srState(card.srSchedule, o));
    const title = source.note.title === source.note.topic ? (path.split('/').pop() ?? path).replace(/\.md$/i, '') : source.note.title;
    decks.push({ path, title, markdown: source.markdown, cardIds: source.note.cards.map((c) => c.id) });
  }
  const cards = decks.reduce((n, d) => n + d.cardIds.length, 0);
  return { decks, states, skipped, counts: { notes: decks.length, cards, scheduled: states.size } };
}
