import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './bn-train-eval';

describe('bn-train-eval', () => {
  useCpuBackend();

  // The notes: training runs in train() mode; evaluation needs eval() for BN and dropout.
  it.each(SEEDS)('seed %i: train-mode outputs differ from eval and vary per pass; eval never varies', async (seed) => {
    const run = await runChecked('bn-train-eval', {}, seed);
    expect(run.outcome).toBe('differ');
    expect(run.metrics.trainSpread).toBeGreaterThan(0.01);
    expect(run.metrics.evalSpread).toBe(0);
  });

  it('still differs without dropout (BN batch statistics alone)', async () => {
    const run = await runChecked('bn-train-eval', { dropoutRate: 0 }, 1);
    expect(run.metrics.trainSpread).toBe(0);
    expect(run.outcome).toBe('differ');
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('bn-train-eval', {}, 7);
  });

  it('decides "differ" when outputs differ or train mode varies', () => {
    expect(decide({ meanAbsDiff: 0.5, trainSpread: 0.4, evalSpread: 0 })).toBe('differ');
    expect(decide({ meanAbsDiff: 0.5, trainSpread: 0, evalSpread: 0 })).toBe('differ');
    expect(decide({ meanAbsDiff: 1e-7, trainSpread: 0, evalSpread: 0 })).toBe('same');
  });
});
