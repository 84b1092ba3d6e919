import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './over-underfitting';

describe('over-underfitting', () => {
  useCpuBackend();

  // The notes: little data + a big net overfits; lots of data + a tiny net underfits.
  it.each(SEEDS)('seed %i: the big net on little data has the largest gap; the tiny net on lots of data fits worst', async (seed) => {
    const run = await runChecked('over-underfitting', {}, seed);
    const m = run.metrics;
    expect(run.outcome).toBe('large-net-small-data-gap');
    expect(m.trainLossSmallNetLargeData).toBeGreaterThan(m.trainLossLargeNetLargeData!);
    expect(m.trainLossLargeNetSmallData).toBeLessThan(0.09); // below the noise variance: it fits the noise
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('over-underfitting', { epochs: 30, largeData: 200 }, 7);
  });

  it('decides by the largest gap, all within 0.02 counting as no difference', () => {
    const gaps = (a: number, b: number, c: number, d: number) => ({
      gapLargeNetSmallData: a,
      gapLargeNetLargeData: b,
      gapSmallNetSmallData: c,
      gapSmallNetLargeData: d,
    });
    expect(decide(gaps(0.1, 0, 0.05, -0.01))).toBe('large-net-small-data-gap');
    expect(decide(gaps(0.01, 0, 0.02, 0.1))).toBe('small-net-large-data-gap');
    expect(decide(gaps(0.01, 0, 0.1, 0))).toBe('small-net-small-data-gap');
    expect(decide(gaps(0.01, 0.1, 0, 0))).toBe('large-net-large-data-gap');
    expect(decide(gaps(0.01, 0.005, 0.015, 0))).toBe('no-difference');
  });
});
