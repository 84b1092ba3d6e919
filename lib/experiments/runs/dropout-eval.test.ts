import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './dropout-eval';

describe('dropout-eval', () => {
  useCpuBackend();

  // The notes: dropout silences random units in training; in eval() every unit takes part.
  it.each(SEEDS)('seed %i: kept units are scaled by 1/(1-p), the mean is kept, eval never varies', async (seed) => {
    const run = await runChecked('dropout-eval', {}, seed);
    expect(run.outcome).toBe('scaled-mean-kept');
    expect(run.metrics.scaleFactor).toBeCloseTo(run.metrics.expectedScale!, 4);
    expect(run.metrics.evalSpread).toBe(0);
    expect(run.metrics.evalMean).toBe(1);
    expect(run.metrics.meanGap).toBeLessThanOrEqual(run.metrics.meanTolerance!);
    expect(Math.abs(run.metrics.keptFraction! - 0.5)).toBeLessThan(0.05);
  });

  it('scales by 1/(1-p) for other rates too', async () => {
    const run = await runChecked('dropout-eval', { rate: 0.8 }, 3);
    expect(run.metrics.scaleFactor).toBeCloseTo(5, 3);
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('dropout-eval', {}, 7);
  });

  it('decides from the measured spread, scale and mean', () => {
    const p = { rate: 0.5, units: 256, passes: 50 };
    const m = (scaleFactor: number, meanGap: number, evalSpread = 0) => ({ scaleFactor, meanGap, meanTolerance: 0.035, evalSpread });
    expect(decide(m(2, 0.01), p)).toBe('scaled-mean-kept');
    expect(decide(m(2, 0.2), p)).toBe('other'); // the scale is right but the mean is not: the label's second half fails
    expect(decide(m(1, 0.5), p)).toBe('unscaled');
    expect(decide(m(2, 0.01, 0.3), p)).toBe('eval-random');
    expect(decide(m(1.5, 0.25), p)).toBe('other');
  });
});
