/**
 * A deck → `.apkg` (schema 11, which current Anki imports): notes with the stock note types
 * (Basic, Basic (and reversed card), Basic (type in the answer), Cloze), card schedules
 * (review cards with due day, interval, ease = EF×1000, lapses; suspended; new stays new)
 * and every review as a revlog row.
 */

import type { SqlJsStatic } from 'sql.js';
import { dayKey, daysBetween, startOfDay } from '@/lib/srs/day';
import type { CardState } from '@/lib/srs/sm2';
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType, AnkiRevlog } from './anki-types';
import { writeApkg, writeCollection11 } from './anki-write';
import type { DayOptions } from './anki-schedule';
import type { ExportNote } from './export-notes';
import { markdownToAnkiHtml } from './md-to-html';

export interface ExportReview {
  cardId: string;
  grade: number;
  kind: string;
  durationMs: number;
  efAfter: number;
  intervalBefore: number | null;
  intervalAfter: number;
  at: Date;
}

const TYPES: Record<'basic' | 'reversed' | 'typed' | 'cloze', AnkiNoteType> = {
  basic: {
    id: 1_700_000_000_001,
    name: 'Basic',
    kind: 'normal',
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
  },
  reversed: {
    id: 1_700_000_000_002,
    name: 'Basic (and reversed card)',
    kind: 'normal',
    fields: ['Front', 'Back'],
    templates: [
      { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
      { name: 'Card 2', ord: 1, qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
    ],
  },
  typed: {
    id: 1_700_000_000_003,
    name: 'Basic (type in the answer)',
    kind: 'normal',
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}<br>{{type:Back}}', afmt: '{{Front}}<hr id=answer>{{type:Back}}' }],
  },
  cloze: {
    id: 1_700_000_000_004,
    name: 'Cloze',
    kind: 'cloze',
    fields: ['Text', 'Back Extra'],
    templates: [{ name: 'Cloze', ord: 0, qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }],
  },
};

/** Grade (0-5) → Anki's button: fail → Again, 3 → Hard, 4 → Good, 5 → Easy. */
export const easeFromGrade = (grade: number): number => (grade < 3 ? 1 : grade === 3 ? 2 : grade === 4 ? 3 : 4);

export interface ApkgInput {
  deckTitle: string;
  notes: readonly ExportNote[];
  states: ReadonlyMap<string, CardState>;
  reviews: readonly ExportReview[];
  now: Date;
}

export function buildCollection(input: ApkgInput, o: DayOptions): AnkiCollection {
  const { notes, states, now } = input;
  const first = [...input.reviews].sort((a, b) => a.at.getTime() - b.at.getTime())[0]?.at ?? now;
  const crtKey = dayKey(first, o.timeZone, o.rolloverHour);
  const crt = Math.floor(startOfDay(crtKey, o.timeZone, o.rolloverHour).getTime() / 1000);
  const base = Math.floor(now.getTime() / 1000) * 1000;
  const DECK = 1_700_000_001_000;
  const ankiNotes: AnkiNote[] = [];
  const cards: AnkiCard[] = [];
  const cardIds = new Map<string, number>();
  notes.forEach((note, i) => {
    const kind = note.kind === 'mc' ? 'basic' : note.kind;
    const fields =
      note.kind === 'cloze'
        ? [markdownToAnkiHtml(note.text), '']
        : note.kind === 'typed'
          ? [markdownToAnkiHtml(note.front), note.answers[0] ?? '']
          : note.kind === 'mc'
            ? [
                markdownToAnkiHtml(`${note.front}\n\n${note.options.map((op) => `- ${op.text}`).join('\n')}`),
                markdownToAnkiHtml(
                  note.options
                    .filter((op) => op.correct)
                    .map((op) => `- ${op.text}`)
                    .join('\n'),
                ),
              ]
            : [markdownToAnkiHtml(note.front), markdownToAnkiHtml(note.back)];
    const nid = base + i;
    ankiNotes.push({ id: nid, guid: note.id, mid: TYPES[kind].id, tags: note.tags.map((t) => t.replace(/\s+/g, '_')), fields });
    note.cardIds.forEach((cardId, j) => {
      const ord = note.kind === 'cloze' ? clozeOrd(cardId, j) : cardId.endsWith('.r') ? 1 : 0;
      const id = base + 100_000 + cards.length;
      cardIds.set(cardId, id);
      cards.push(ankiCard(id, nid, DECK, ord, states.get(cardId), crtKey, now, o, cards.length));
    });
  });
  const revlog: AnkiRevlog[] = [];
  const used = new Set<number>();
  for (const r of [...input.reviews].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const cid = cardIds.get(r.cardId);
    if (cid === undefined) continue;
    let id = r.at.getTime();
    while (used.has(id)) id += 1;
    used.add(id);
    const type = r.kind === 'new' ? 0 : r.kind === 'review' ? 1 : 2;
    revlog.push({
      id,
      cid,
      ease: easeFromGrade(r.grade),
      ivl: r.intervalAfter,
      lastIvl: r.intervalBefore ?? 0,
      factor: Math.round(r.efAfter * 1000),
      time: r.durationMs,
      type,
    });
  }
  return {
    schema: 11,
    crt,
    noteTypes: new Map(Object.values(TYPES).map((t) => [t.id, t])),
    decks: new Map([[DECK, input.deckTitle.split('::')]]),
    notes: ankiNotes,
    cards,
    revlog,
  };
}

function clozeOrd(cardId: string, index: number): number {
  const m = /\.c?(\d+)$/.exec(cardId);
  return m ? Number(m[1]) - 1 : index;
}

function ankiCard(
  id: number,
  nid: number,
  did: number,
  ord: number,
  state: CardState | undefined,
  crtKey: string,
  now: Date,
  o: DayOptions,
  position: number,
): AnkiCard {
  const blank = { id, nid, did, ord, odid: 0, odue: 0 };
  if (!state || state.lastReview === null) {
    return { ...blank, type: 0, queue: state?.suspended ? -1 : 0, due: position + 1, ivl: 0, factor: 0, reps: 0, lapses: 0 };
  }
  const due = daysBetween(crtKey, dayKey(state.due, o.timeZone, o.rolloverHour));
  const buried = state.buriedUntil !== null && state.buriedUntil > now;
  return {
    ...blank,
    type: 2,
    queue: state.suspended ? -1 : buried ? -2 : 2,
    due,
    ivl: Math.max(1, state.interval),
    factor: Math.round(state.ef * 1000),
    reps: state.repetitions,
    lapses: state.lapses,
  };
}

export function exportApkg(SQL: SqlJsStatic, input: ApkgInput, o: DayOptions): Uint8Array {
  return writeApkg(writeCollection11(SQL, buildCollection(input, o), input.now.getTime()), new Map());
}
