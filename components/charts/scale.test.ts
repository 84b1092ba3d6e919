import { describe, expect, it } from 'vitest';
import { extent, formatTick, niceExtent, niceTicks } from './scale';

describe('chart scales', () => {
  it('finds the extent, ignoring non-finite values, and widens flat data', () => {
    expect(extent([3, 1, NaN, 2])).toEqual({ min: 1, max: 3 });
    expect(extent([])).toEqual({ min: 0, max: 1 });
    expect(extent([0, 0])).toEqual({ min: -1, max: 1 });
    expect(extent([2, 2])).toEqual({ min: 1.8, max: 2.2 });
  });

  it('picks round ticks inside the extent', () => {
    expect(niceTicks({ min: 0, max: 10 })).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks({ min: 0.013, max: 0.94 })).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks({ min: 1, max: 150 })).toEqual([50, 100, 150]);
    expect(niceTicks({ min: -0.15, max: 0.05 })).toEqual([-0.15, -0.1, -0.05, 0, 0.05]);
  });

  it('grows the extent to whole steps', () => {
    expect(niceExtent({ min: 0.013, max: 0.94 })).toEqual({ min: 0, max: 1 });
  });

  it('formats ticks briefly', () => {
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(1500)).toBe('1500');
    expect(formatTick(0.0001)).toBe('1.0e-4');
  });
});
