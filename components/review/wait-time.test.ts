import { describe, expect, it } from 'vitest';
import { waitParts } from './wait-time';

describe('waitParts', () => {
  it('counts whole minutes up, and seconds in the last minute', () => {
    expect(waitParts(9 * 60_000)).toEqual({ value: 9, unit: 'min' });
    expect(waitParts(8 * 60_000 + 1)).toEqual({ value: 9, unit: 'min' });
    expect(waitParts(60_000)).toEqual({ value: 1, unit: 'min' });
    expect(waitParts(59_001)).toEqual({ value: 1, unit: 'min' });
    expect(waitParts(59_000)).toEqual({ value: 59, unit: 's' });
    expect(waitParts(45_000)).toEqual({ value: 45, unit: 's' });
    expect(waitParts(-5)).toEqual({ value: 0, unit: 's' });
  });
});
