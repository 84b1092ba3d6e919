/**
 * Grading one quiz item, on the server, from the card's own answer key. Pure; see ./README.md.
 */
import type { CardOption } from '@/lib/content/types';
import { cbmMark, type Certainty } from './cbm';
import { gradeChoice } from './choice';
import { gradeTyped, type TypedResult } from './typed';

type TypedVerdict = TypedResult['verdict'];

export const SELF_RATINGS = ['knew', 'partly', 'didnt'] as const;
export type SelfRating = (typeof SELF_RATINGS)[number];

/** What the learner gave. A predict response carries the verdict the server decided from the run. */
export type QuizResponse =
  | { form: 'mc'; selected: number[] }
  | { form: 'typed' | 'cloze'; text: string }
  | { form: 'predict'; prediction: string; correct: boolean }
  | { form: 'self'; rating: SelfRating };

/** The card's answer key, as stored. */
export interface AnswerKey {
  options?: CardOption[];
  /** typed: accepted answers; cloze: the deletion's text. */
  answers?: string[];
}

export interface ItemGrade {
  /** null for a self-rated item: it is reported apart, never scored. */
  correct: boolean | null;
  /** Typed and cloze answers: how close the text was (a near miss still counts as wrong). */
  verdict?: TypedVerdict;
}

/**
 * mc: every correct option and no wrong one; typed and cloze: equal to an accepted answer
 * after normalization (`normalizeAnswer`: width, case, spaces, Chinese and English trailing
 * punctuation). A one-character miss is wrong in a quiz, with no override: the quiz measures.
 */
export function gradeItem(key: AnswerKey, response: QuizResponse): ItemGrade {
  switch (response.form) {
    case 'mc':
      return { correct: gradeChoice(key.options ?? [], response.selected).correct };
    case 'typed':
    case 'cloze': {
      const r = gradeTyped(response.text, key.answers ?? []);
      return { correct: r.verdict === 'exact', verdict: r.verdict };
    }
    case 'predict':
      return { correct: response.correct };
    case 'self':
      return { correct: null };
  }
}

/**
 * The stored score of an answer: null when late (stored, never scored) or self-rated; the CBM
 * mark with certainty on; 1 or 0 with it off.
 */
export function scoreAnswer(correct: boolean | null, certainty: Certainty | null, late: boolean, certaintyOn: boolean): number | null {
  if (late || correct === null) return null;
  if (!certaintyOn) return correct ? 1 : 0;
  return cbmMark(correct, certainty ?? 1);
}
