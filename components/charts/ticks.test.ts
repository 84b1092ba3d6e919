import { describe, expect, it } from 'vitest';
import { axisDomain, axisTicks, extent, isIntegerValued, tickCount } from './ticks';

describe('chart domains', () => {
  it('finds the extent, ignoring non-finite values', () => {
    expect(extent([3, 1, NaN, 2])).toEqual([1, 3]);
    expect(extent([])).toEqual([0, 1]);
  });

  it('knows an axis of whole numbers', () => {
    expect(isIntegerValued([1, 2, 200])).toBe(true);
    expect(isIntegerValued([1, 2.5])).toBe(false);
    expect(isIntegerValued([NaN])).toBe(false);
  });

  it('rounds the domain outward and widens flat data', () => {
    expect(axisDomain([0.013, 0.94])).toEqual([0, 1]);
    expect(axisDomain([2, 2])).toEqual([1.8, 2.2]);
    expect(axisDomain([0, 0])).toEqual([-1, 1]);
    expect(axisDomain([7, 7], { integer: true })).toEqual([6, 8]);
    expect(axisDomain([1, 200], { nice: false })).toEqual([1, 200]);
    // Rounded with the ticks' own count, the domain ends on a tick: 0–7 in steps of 2 is 0–8.
    expect(axisDomain([0, 7], { count: 4 })).toEqual([0, 8]);
  });

  it('starts counts at zero when asked', () => {
    expect(axisDomain([378, 385], { zero: true, integer: true })).toEqual([0, 400]);
    expect(axisDomain([0, 0], { zero: true, integer: true })).toEqual([0, 1]);
  });
});

describe('chart ticks', () => {
  it('picks round values inside the domain', () => {
    expect(axisTicks([0, 10])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(axisTicks([-0.15, 0.05])).toEqual([-0.15, -0.1, -0.05, 0, 0.05]);
  });

  it('gives an integer axis whole-number ticks only', () => {
    expect(axisTicks([1, 3], { integer: true })).toEqual([1, 2, 3]);
    expect(axisTicks([1, 3])).toContain(1.5);
    expect(axisTicks([0, 1], { integer: true })).toEqual([0, 1]);
    expect(axisTicks([1, 200], { integer: true, count: 4 })).toEqual([50, 100, 150, 200]);
    expect(axisTicks([0.5, 2.5], { integer: true })).toEqual([1, 2]);
    for (const t of axisTicks([0, 7], { integer: true, count: 10 })) expect(Number.isInteger(t)).toBe(true);
  });

  it('handles a single value and fits the count to the length', () => {
    expect(axisTicks([4, 4])).toEqual([4]);
    expect(tickCount(600)).toBe(10);
    expect(tickCount(60)).toBe(2);
  });
});
