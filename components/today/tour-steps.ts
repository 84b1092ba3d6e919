/**
 * The first-run tour's steps and moves, as plain data: Today, then review, then the lab.
 * `target` is the id of the Today element a step points at (highlighted while it is shown).
 */
export const TOUR_STEPS = [
  { key: 'today', target: 'today-stats' },
  { key: 'review', target: 'today-start' },
  { key: 'lab', target: null },
] as const;

export type TourStepKey = (typeof TOUR_STEPS)[number]['key'];

export type TourMove = 'next' | 'back' | 'first' | 'last';

/** The step a move leads to, kept within the tour. */
export function moveStep(step: number, move: TourMove, total: number = TOUR_STEPS.length): number {
  const last = Math.max(0, total - 1);
  const to = move === 'next' ? step + 1 : move === 'back' ? step - 1 : move === 'first' ? 0 : last;
  return Math.min(last, Math.max(0, to));
}

/** Arrow and Home/End keys on the tour card move between steps, as in a tab list. */
export function keyToMove(key: string): TourMove | null {
  if (key === 'ArrowRight') return 'next';
  if (key === 'ArrowLeft') return 'back';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return null;
}

/** Shown on Today while the learner has not finished or skipped it, or when asked for (`?tour=1`). */
export function showTour(tourDone: boolean, asked: string | string[] | undefined): boolean {
  return !tourDone || asked === '1';
}
