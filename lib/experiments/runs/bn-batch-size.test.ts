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
    // The control (same tiny batch, no BN, inputs standardised once) trains well: the trouble is BN's statistics.
    expect(run.metrics.smallNoBnEvalAccuracy).toBeGreaterThan(80);
    expect(run.metrics.smallNoBnEvalAccuracy).toBeGreaterThan(run.metrics.smallEvalAccuracy! + 10);
  });

  it('labels the curves with the batch sizes it ran, not fixed numbers', async () => {
    const run = await runChecked('bn-batch-size', { smallBatch: 4, largeBatch: 32, steps: 20 }, 1);
    expect(run.series.map((s) => s.label.en)).toEqual(['Batch size 4', 'Batch size 32']);
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
