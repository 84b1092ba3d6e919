/** Shared types of the Markdown → cards pipeline. Plain data: safe to serialise to JSON. */

import type { Localized, Params } from '@/lib/experiments/registry';

export type CardType = 'basic' | 'reversed' | 'cloze' | 'mc' | 'typed' | 'predict';

/**
 * One option of a card: multiple choice uses `{ text, correct }`, predict uses
 * `{ outcome, text }` (the run decides which outcome is right, so no `correct`).
 */
export interface CardOption {
  text: string;
  correct?: boolean;
  outcome?: string;
}

export interface PredictSpec {
  experiment: string;
  /** Resolved: defaults filled in, validated against the registry. */
  params: Params;
  metric?: string;
  tolerance?: number;
}

/**
 * One card's schedule from an Obsidian SR plugin comment (`<!--SR:!2021-08-11,4,270-->`),
 * kept so that an import can carry the learner's history over.
 */
export interface SrSchedule {
  /** Due date as written, `YYYY-MM-DD`. */
  due: string;
  /** Current interval in days. */
  interval: number;
  /** The plugin's ease in percent (250 = 2.5). */
  ease: number;
}

export interface Card {
  /** Stable id: the note's `^anchor` (or predict `id:`) plus a suffix for siblings (`.r`, `.1`, `.c2`). */
  id: string;
  /** Id shared by sibling cards written as one piece of text (a reversed pair, one cloze paragraph). */
  group: string;
  type: CardType;
  /** Markdown. For cloze: the text with the active deletion blanked as `[…]` or `[hint]`. */
  front: string;
  /** Markdown. For cloze: the full text with the active deletion as `==text==`. */
  back: string;
  options?: CardOption[];
  /** Accepted answers of a typed card, first one canonical. */
  answers?: string[];
  predict?: PredictSpec;
  explanation?: string;
  /** Path relative to the project root, always with `/`, e.g. `content/notes/pooling.md`. */
  file: string;
  topic: string;
  /** 1-based position of the card's text (front start, or the fence of a predict block). */
  line: number;
  column: number;
  headingPath: string[];
  hasExplicitId: boolean;
  tags: string[];
  /**
   * Flashcard tags that put the card in a deck by the Obsidian SR plugin's rules (without `#`,
   * e.g. `flashcards/science`): a tag leading the card, else the last tag line above it, else
   * the front matter's. Absent when the note has no flashcard tags.
   */
  obsidianDecks?: string[];
  /** This card's entry of an `<!--SR:…-->` comment; absent for a card the plugin never scheduled. */
  srSchedule?: SrSchedule;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  col: number;
  /** What is wrong, in English (the command line's text). */
  message: string;
  fix: string;
  /** The same diagnostic as a key and its values, for a translated text (the deck editor). */
  code: DiagnosticCode;
  params?: DiagnosticParams;
}

export type DiagnosticParams = Record<string, string | number>;

/** Every diagnostic lib/content reports; the deck editor translates each (deckEditor.diag.<code> in lib/i18n/messages). */
export const DIAGNOSTIC_CODES = [
  'duplicateId',
  'idNotKebab',
  'missingId',
  'idUsedElsewhere',
  'answerTooLong',
  'predictMissingOutcome',
  'deckEmpty',
  'frontMatterYaml',
  'frontMatterNotMapping',
  'mcNoCheckbox',
  'mcTooFewOptions',
  'mcNoCorrect',
  'mcEmptyQuestion',
  'internalError',
  'mcBlankLine',
  'predictObsidian',
  'setextHeading',
  'predictYaml',
  'predictNotMapping',
  'predictUnknownKey',
  'predictBadId',
  'predictNoQuestion',
  'predictNoExperiment',
  'predictUnknownExperiment',
  'predictParamsNotMapping',
  'predictBadParam',
  'predictOptionsAndMetric',
  'predictBadOptions',
  'predictUnknownOutcome',
  'predictDuplicateOutcome',
  'predictOptionNoText',
  'predictUnknownMetric',
  'predictBadTolerance',
  'predictNoOptionsOrMetric',
  'emptyAnswer',
  'emptyQuestion',
  'typedDuplicate',
  'multiLineEmptyAnswer',
  'multiLineEmptyQuestion',
  'topicReserved',
  'decksMissing',
  'decksYaml',
  'decksNoList',
  'deckInvalid',
  'deckDuplicateId',
  'deckSelectsNothing',
  'deckUnknownNote',
  'deckUnknownTag',
  'noteWithoutDeck',
  'noAllDeck',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** An edit that gives a card without an anchor its derived id (see ids.ts). */
export interface IdEdit {
  /** Offset in the original source where `text` is inserted. */
  offset: number;
  text: string;
  id: string;
}

export interface ParseOptions {
  /** Path recorded on cards and diagnostics (relative, `/`-separated). */
  file: string;
  /** Force Obsidian SR plugin rules (also enabled per file by front matter `obsidian: true`). */
  obsidian?: boolean;
}

export interface ParsedNote {
  topic: string;
  title: string;
  file: string;
  /** The note without its front matter, for display. */
  markdown: string;
  tags: string[];
  obsidian: boolean;
  cards: Card[];
  diagnostics: Diagnostic[];
  idEdits: IdEdit[];
}

export interface Deck {
  id: string;
  title: Localized;
  description: Localized;
  /** Topics, or 'all' for the deck that holds every card. */
  notes: string[] | 'all';
  tags: string[];
  newPerDay?: number;
  reviewsPerDay?: number;
  /** Resolved membership, in note then card order. */
  cardIds: string[];
  line: number;
}

export interface Content {
  notes: ParsedNote[];
  decks: Deck[];
  cards: Card[];
  diagnostics: Diagnostic[];
  /** Changes whenever any note, decks.yaml or the parser version changes. */
  hash: string;
}
