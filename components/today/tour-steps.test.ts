import { describe, expect, it } from 'vitest';
import { keyToMove, moveStep, showTour, TOUR_STEPS } from './tour-steps';

describe('first-run tour', () => {
  it('goes Today → review → lab, and never past either end', () => {
    expect(TOUR_STEPS.map((s) => s.key)).toEqual(['today', 'review', 'lab']);
    expect(moveStep(0, 'next')).toBe(1);
    expect(moveStep(1, 'next')).toBe(2);
    expect(moveStep(2, 'next')).toBe(2);
    expect(moveStep(0, 'back')).toBe(0);
    expect(moveStep(2, 'back')).toBe(1);
    expect(moveStep(1, 'first')).toBe(0);
    expect(moveStep(0, 'last')).toBe(2);
    expect(moveStep(0, 'next', 1)).toBe(0);
  });

  it('maps arrows, Home and End to moves and leaves other keys alone', () => {
    expect(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', ' '].map(keyToMove)).toEqual(['next', 'back', 'first', 'last', null, null]);
  });

  it('shows for a learner who has not finished it, or when asked for again', () => {
    expect(showTour(false, undefined)).toBe(true);
    expect(showTour(true, undefined)).toBe(false);
    expect(showTour(true, '1')).toBe(true);
    expect(showTour(true, ['1', '1'])).toBe(false);
  });
});
