import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './over-underfitting';

describe('over-underfitting', () => {
  useCpuBackend();

  // The notes: far less data than parameters overfits (a large train/test gap); a net too
  // small underfits (a high training loss); at 10× data per parameter the gap is small.
  it.each(SEEDS)('seed %i: the big net on little data has the largest gap; the tiny net the highest training loss', async (seed) => {
    const run = await runChecked('over-underfitting', {}, seed);
    const m = run.metrics;
    expect(run.outcome).toBe('gap-big-little-loss-tiny');
    expect(m.dataPerParamBigNetLittleData).toBeLessThan(1);
    expect(m.dataPerParamBigNetLotsOfData).toBeGreaterThanOrEqual(10);
    expect(m.trainLossBigNetLittleData).toBeLessThan(0.09); // below the noise variance: it fits the noise
    expect(m.gapBigNetLittleData).toBeGreaterThan(m.gapBigNetLotsOfData! + 0.03);
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('over-underfitting', { epochs: 30, lotsOfData: 200 }, 7);
  });

  it('decides from the largest gap and the highest training loss; any other pair is "other"', () => {
    const m = (gaps: [number, number, number], losses: [number, number, number]) => ({
      gapBigNetLittleData: gaps[0],
      gapBigNetLotsOfData: gaps[1],
      gapTinyNetLotsOfData: gaps[2],
      trainLossBigNetLittleData: losses[0],
      trainLossBigNetLotsOfData: losses[1],
      trainLossTinyNetLotsOfData: losses[2],
    });
    expect(decide(m([0.1, 0, 0.01], [0.03, 0.09, 0.3]))).toBe('gap-big-little-loss-tiny');
    expect(decide(m([0.01, 0, 0.1], [0.03, 0.09, 0.3]))).toBe('gap-tiny-loss-tiny');
    expect(decide(m([0.1, 0, 0.01], [0.5, 0.09, 0.3]))).toBe('gap-big-little-loss-big-little');
    expect(decide(m([0, 0.1, 0.01], [0.03, 0.09, 0.3]))).toBe('other');
    expect(decide(m([0.1, 0, 0.01], [0.03, 0.5, 0.3]))).toBe('other');
  });
});
