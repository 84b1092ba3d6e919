/**
 * The quiz pages' data contract between the server and the client runner. Plain JSON.
 * An item carries nothing that gives its answer away: no `correct` flags, no accepted
 * answers; those come back in `QuizFeedback` once the answer is saved (a self-rated item's
 * back comes from `revealQuizItem` when the learner asks for it).
 */
import type { Params } from '@/lib/experiments/registry';
import type { Certainty } from './cbm';
import type { ItemForm } from './definition';
import type { SelfRating } from './grade-item';

export interface QuizItemView {
  index: number;
  form: ItemForm;
  headingPath: string[];
  /** Sanitized HTML of the question (a cloze front has the blank). */
  frontHtml: string;
  /** mc: the card's own options, in its order. */
  options?: { html: string }[];
  multi?: boolean;
  predict?: { experiment: string; params: Params; metric?: string; tolerance?: number; options: { outcome: string; html: string }[] };
}

export interface QuizFeedback {
  index: number;
  correct: boolean | null;
  late: boolean;
  score: number | null;
  certainty: Certainty | null;
  /** Typed and cloze: one character off (still wrong in a quiz). */
  close?: boolean;
  rating?: SelfRating;
  /** What the learner gave, as text (typed answer, chosen options, prediction). */
  given: string;
  /** The right answer, rendered. */
  answerHtml: string;
  explanationHtml?: string;
  noteHref: string;
}
