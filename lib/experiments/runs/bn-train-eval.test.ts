import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './bn-train-eval';

describe('bn-train-eval', () => {
  useCpuBackend();

  // The notes: training runs in train() mode; evaluation needs eval() for BN and dropout.
  it.each(SEEDS)('seed %i: BN alone differs from eval, dropout makes train passes vary, eval never varies', async (seed) => {
    const run = await runChecked('bn-train-eval', {}, seed);
    expect(run.outcome).toBe('bn-and-dropout');
    expect(run.metrics.bnDiff).toBeGreaterThan(0.01);
    expect(run.metrics.trainSpread).toBeGreaterThan(0.01);
    expect(run.metrics.evalSpread).toBe(0);
  });

  it('without dropout only BN differs, and the train passes do not vary', async () => {
    const run = await runChecked('bn-train-eval', { dropoutRate: 0 }, 1);
    expect(run.metrics.trainSpread).toBe(0);
    expect(run.metrics.bnDiff).toBeCloseTo(run.metrics.meanAbsDiff!, 6);
    expect(run.outcome).toBe('bn-only');
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('bn-train-eval', {}, 7);
  });

  it('names each effect only when it is measured', () => {
    expect(decide({ bnDiff: 0.2, meanAbsDiff: 0.5, trainSpread: 0.4, evalSpread: 0 })).toBe('bn-and-dropout');
    expect(decide({ bnDiff: 0.2, meanAbsDiff: 0.2, trainSpread: 0, evalSpread: 0 })).toBe('bn-only');
    expect(decide({ bnDiff: 0, meanAbsDiff: 0.3, trainSpread: 0.4, evalSpread: 0 })).toBe('dropout-only');
    expect(decide({ bnDiff: 1e-7, meanAbsDiff: 1e-7, trainSpread: 0, evalSpread: 0 })).toBe('same');
  });
});
