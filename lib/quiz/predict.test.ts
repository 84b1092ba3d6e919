import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradePrediction, predictionCorrect, type Confidence } from './predict';

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

describe('predictionCorrect', () => {
  it('compares an option with the decided outcome', () => {
    expect(predictionCorrect('l1-sparser', 'l1-sparser', {})).toBe(true);
    expect(predictionCorrect('l2-sparser', 'l1-sparser', {})).toBe(false);
  });
  it('compares a number with the measured metric within the tolerance', () => {
    expect(predictionCorrect('15', 'rf-15', { receptiveField: 15 }, { metric: 'receptiveField', tolerance: 0 })).toBe(true);
    expect(predictionCorrect('13', 'rf-15', { receptiveField: 15 }, { metric: 'receptiveField', tolerance: 1 })).toBe(false);
    expect(predictionCorrect('14', 'rf-15', { receptiveField: 15 }, { metric: 'receptiveField', tolerance: 1 })).toBe(true);
    expect(predictionCorrect('abc', 'rf-15', { receptiveField: 15 }, { metric: 'receptiveField', tolerance: 100 })).toBe(false);
    expect(predictionCorrect('1', 'x', {}, { metric: 'missing', tolerance: 100 })).toBe(false);
  });
});
