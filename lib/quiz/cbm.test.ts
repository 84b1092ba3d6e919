import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cbmMark, CERTAINTY_LEVELS, isMisconception, type Certainty } from './cbm';

describe('cbmMark', () => {
  it('follows the Gardner-Medwin table', () => {
    expect(CERTAINTY_LEVELS.map((c) => cbmMark(true, c))).toEqual([1, 2, 3]);
    expect(CERTAINTY_LEVELS.map((c) => cbmMark(false, c))).toEqual([0, -2, -6]);
  });
  it('makes honesty the best policy: each level is best exactly in its band of P(correct)', () => {
    // Expected mark at probability p of being right; the bands are <67 %, 67–80 %, >80 %.
    const expected = (p: number, c: Certainty) => p * cbmMark(true, c) + (1 - p) * cbmMark(false, c);
    const best = (p: number) => CERTAINTY_LEVELS.reduce((a, c) => (expected(p, c) > expected(p, a) ? c : a));
    expect(best(0.5)).toBe(1);
    expect(best(0.75)).toBe(2);
    expect(best(0.9)).toBe(3);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => expected(p, best(p)) >= expected(p, 1)));
  });
  it('flags only confident wrong answers as misconceptions', () => {
    expect(isMisconception(false, 3)).toBe(true);
    expect(isMisconception(false, 2)).toBe(false);
    expect(isMisconception(true, 3)).toBe(false);
    expect(isMisconception(false, null)).toBe(false);
  });
});
