/** Multiple-choice grading. Pure; see ./README.md. */
import type { Grade } from '@/lib/srs';

export interface ChoiceOption {
  correct?: boolean;
}

export interface ChoiceResult {
  correct: boolean;
  /** 4 (Good) when every correct option and no wrong one was chosen, else 1 (Again). */
  grade: Grade;
  /** Correct options not chosen. */
  missed: number[];
  /** Wrong options chosen. */
  wrong: number[];
}

/** More than one correct option: the learner picks with checkboxes, not radios. */
export function isMultiSelect(options: readonly ChoiceOption[]): boolean {
  return options.filter((o) => o.correct).length > 1;
}

/** Grades the chosen option indexes (out-of-range indexes count as wrong). */
export function gradeChoice(options: readonly ChoiceOption[], selected: Iterable<number>): ChoiceResult {
  const chosen = new Set(selected);
  const missed = options.flatMap((o, i) => (o.correct && !chosen.has(i) ? [i] : []));
  const wrong = [...chosen].filter((i) => !options[i]?.correct).sort((a, b) => a - b);
  const correct = missed.length === 0 && wrong.length === 0 && chosen.size > 0;
  return { correct, grade: correct ? 4 : 1, missed, wrong };
}
