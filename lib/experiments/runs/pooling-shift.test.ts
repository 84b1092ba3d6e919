import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './pooling-shift';

describe('pooling-shift', () => {
  useCpuBackend();

  // The notes: pooling gives some translation invariance — measured against a stride
  // subsample of the same size, not against the full-size raw image.
  it.each(SEEDS)('seed %i: both poolings change less than a stride-2 subsample under a 1-px shift', async (seed) => {
    const run = await runChecked('pooling-shift', {}, seed);
    expect(run.outcome).toBe('pooled-changes-less');
    expect(run.metrics.maxChange).toBeLessThan(run.metrics.subsampleChange!);
    expect(run.metrics.avgChange).toBeLessThan(run.metrics.subsampleChange!);
  });

  // The hidden settings (image family, shift, window) must not flip the answer.
  it.each([{ family: 'blobs' }, { shift: 2 }, { family: 'blobs', shift: 3, poolSize: 3 }, { poolSize: 4, shift: 3 }])(
    'the answer holds for %o',
    async (params) => {
      expect((await runChecked('pooling-shift', params, 2)).outcome).toBe('pooled-changes-less');
    },
  );

  it('is deterministic for a seed', async () => {
    await expectDeterministic('pooling-shift', {}, 7);
  });

  it('needs both poolings to beat the subsample by more than 1%', () => {
    expect(decide({ maxChange: 0.4, avgChange: 0.5, subsampleChange: 0.7 })).toBe('pooled-changes-less');
    expect(decide({ maxChange: 0.8, avgChange: 0.9, subsampleChange: 0.7 })).toBe('subsample-changes-less');
    expect(decide({ maxChange: 0.4, avgChange: 0.9, subsampleChange: 0.7 })).toBe('mixed');
    expect(decide({ maxChange: 0.4, avgChange: 0.695, subsampleChange: 0.7 })).toBe('mixed');
  });
});
