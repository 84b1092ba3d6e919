import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './bn-batch-size';

describe('bn-batch-size', () => {
  useCpuBackend();

  // The notes: with very small batches BN statistics are noisy and training oscillates.
  it.each(SEEDS)('seed %i: batch 2 oscillates more and evaluates worse than batch 64', async (seed) => {
    const run = await runChecked('bn-batch-size', {}, seed);
    expect(run.metrics.smallLossNoise).toBeGreaterThan(run.metrics.largeLossNoise!);
    expect(run.outcome).toBe('large-better');
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('bn-batch-size', { steps: 30 }, 7);
  });

  it('decides by eval accuracy, within 2 points counting as the same', () => {
    expect(decide({ smallEvalAccuracy: 60, largeEvalAccuracy: 90 })).toBe('large-better');
    expect(decide({ smallEvalAccuracy: 90, largeEvalAccuracy: 60 })).toBe('small-better');
    expect(decide({ smallEvalAccuracy: 90, largeEvalAccuracy: 91.5 })).toBe('same');
    expect(decide({ smallEvalAccuracy: 90, largeEvalAccuracy: 92.5 })).toBe('large-better');
  });
});
