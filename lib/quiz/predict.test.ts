import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradePrediction, type Confidence } from './predict';

describe('gradePrediction', () => {
  it('maps right/wrong and confidence to SM-2 grades', () => {
    expect(gradePrediction(true, 'high')).toBe(5);
    expect(gradePrediction(true, 'medium')).toBe(4);
    expect(gradePrediction(true)).toBe(4);
    expect(gradePrediction(true, 'low')).toBe(3);
    expect(gradePrediction(false, 'low')).toBe(2);
    expect(gradePrediction(false, 'medium')).toBe(1);
    expect(gradePrediction(false)).toBe(1);
    expect(gradePrediction(false, 'high')).toBe(0);
  });
  it('passes a right prediction (≥ 3) and fails a wrong one (< 3)', () => {
    const confidence = fc.constantFrom<Confidence | undefined>('low', 'medium', 'high', undefined);
    fc.assert(fc.property(fc.boolean(), confidence, (right, c) => gradePrediction(right, c) >= 3 === right));
  });
});
