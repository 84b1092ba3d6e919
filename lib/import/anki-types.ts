/** Anki's collection, read into plain data (both schemas give the same shape). */

export interface AnkiTemplate {
  name: string;
  ord: number;
  qfmt: string;
  afmt: string;
}

export interface AnkiNoteType {
  id: number;
  name: string;
  kind: 'normal' | 'cloze';
  fields: string[];
  templates: AnkiTemplate[];
}

export interface AnkiNote {
  id: number;
  guid: string;
  mid: number;
  tags: string[];
  fields: string[];
}

export interface AnkiCard {
  id: number;
  nid: number;
  did: number;
  ord: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  type: number;
  /** -3 sched-buried, -2 user-buried, -1 suspended, 0 new, 1 learning, 2 review, 3 day-learning. */
  queue: number;
  /** Review cards: a day number since `crt`; learning cards: a Unix time in seconds; new: a position. */
  due: number;
  /** Days (negative: seconds, for learning cards). */
  ivl: number;
  /** Ease in permille (2500 = 2.5). */
  factor: number;
  reps: number;
  lapses: number;
  /** Original deck while the card sits in a filtered deck (0 otherwise). */
  odid: number;
  odue: number;
}

export interface AnkiRevlog {
  /** Epoch milliseconds of the answer; unique. */
  id: number;
  cid: number;
  /** 1 again, 2 hard, 3 good, 4 easy (older v1 scheduler: 1-3 for learning cards). */
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  /** Milliseconds spent. */
  time: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered/early, 4 manual, 5 rescheduled. */
  type: number;
}

export interface AnkiCollection {
  schema: 11 | 18;
  /** Collection creation, epoch seconds: day 0 of review `due` numbers. */
  crt: number;
  noteTypes: Map<number, AnkiNoteType>;
  /** Deck id → path (`A::B::C` split). */
  decks: Map<number, string[]>;
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlog[];
}
