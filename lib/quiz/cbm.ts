/**
 * Certainty-based marking (Gardner-Medwin, UCL): with each answer the learner says how sure
 * they are. Pure; see ./README.md.
 *
 * | certainty | correct | wrong |
 * | --------- | ------- | ----- |
 * | 1 (low)   | 1       | 0     |
 * | 2 (mid)   | 2       | −2    |
 * | 3 (high)  | 3       | −6    |
 *
 * Low certainty never loses; high certainty pays only when the chance of being right is
 * above 80 %, so the best policy is to say honestly how sure you are.
 */
export const CERTAINTY_LEVELS = [1, 2, 3] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

const MARKS: Record<Certainty, { right: number; wrong: number }> = {
  1: { right: 1, wrong: 0 },
  2: { right: 2, wrong: -2 },
  3: { right: 3, wrong: -6 },
};

export function cbmMark(correct: boolean, certainty: Certainty): number {
  return correct ? MARKS[certainty].right : MARKS[certainty].wrong;
}

/** The best a quiz of `n` scored items can give. */
export const cbmMax = (n: number): number => 3 * n;

/** A wrong answer given with high certainty: a misconception, not a gap. */
export const isMisconception = (correct: boolean, certainty: Certainty | null): boolean => !correct && certainty === 3;
