/**
 * Which form a card is asked in, and which cards a definition draws from. Each card keeps
 * its own gradeable form; nothing is invented. Pure; see ./README.md.
 */
import type { CardOption, CardType } from '@/lib/content/types';
import { topicKey, type ItemForm, type QuizSpec } from './definition';

/** What the quiz needs to know about a card to choose it and ask it. */
export interface QuizCard {
  id: string;
  type: CardType;
  /** The note's topic id. */
  topic: string;
  headingPath: string[];
  tags: string[];
  deckIds: string[];
  position: number;
  back: string;
  options?: CardOption[];
  answers?: string[];
  hasPredict?: boolean;
}

const CLOZE = /==([^\s=](?:[^\n]*?[^\s=])?)==/;

/** The text of a cloze card's active deletion: its back marks it as `==text==`. */
export function clozeAnswer(back: string): string | null {
  return CLOZE.exec(back)?.[1] ?? null;
}

/**
 * The card's own gradeable form: mc with its own options, typed with its accepted answers,
 * cloze typed into the blank, predict with its experiment; anything else (basic, reversed, or a
 * card whose form is incomplete) is "reveal and rate yourself".
 */
export function formOf(card: Pick<QuizCard, 'type' | 'back' | 'options' | 'answers' | 'hasPredict'>): ItemForm {
  if (card.type === 'mc' && card.options?.some((o) => o.correct)) return 'mc';
  if (card.type === 'typed' && card.answers?.length) return 'typed';
  if (card.type === 'cloze' && clozeAnswer(card.back)) return 'cloze';
  if (card.type === 'predict' && card.hasPredict) return 'predict';
  return 'self';
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => path[i] === p);

/**
 * The topic a card is balanced under: the longest chosen topic it falls in, else its note
 * (a card that came in through a deck or a tag).
 */
export function groupOf(card: Pick<QuizCard, 'topic' | 'headingPath'>, topics: readonly string[][]): string {
  const path = [card.topic, ...card.headingPath];
  const hit = topics.filter((t) => startsWith(path, t)).sort((a, b) => b.length - a.length)[0];
  return hit ? topicKey(hit) : card.topic;
}

/** Whether the definition's decks, topics or tags take this card (a union), in one of its forms. */
export function inScope(card: QuizCard, spec: Pick<QuizSpec, 'decks' | 'topics' | 'tags' | 'forms'>): boolean {
  if (!spec.forms.includes(formOf(card))) return false;
  const path = [card.topic, ...card.headingPath];
  return (
    card.deckIds.some((d) => spec.decks.includes(d)) ||
    spec.topics.some((t) => startsWith(path, t)) ||
    card.tags.some((t) => spec.tags.includes(t))
  );
}
