import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './pooling-shift';

describe('pooling-shift', () => {
  useCpuBackend();

  // The notes: pooling gives some translation invariance — pooled maps change less than raw pixels.
  it.each(SEEDS)('seed %i: both poolings change less than the raw image under a 1-px shift', async (seed) => {
    const run = await runChecked('pooling-shift', {}, seed);
    expect(run.metrics.maxChange).toBeLessThan(run.metrics.rawChange!);
    expect(run.metrics.avgChange).toBeLessThan(run.metrics.rawChange!);
  });

  // Measured, not claimed by the notes: which pooling changes less depends on the images.
  it.each(SEEDS)('seed %i: on pen strokes average pooling changes less; on smooth blobs max pooling does', async (seed) => {
    expect((await runChecked('pooling-shift', {}, seed)).outcome).toBe('avg-changes-less');
    expect((await runChecked('pooling-shift', { family: 'blobs' }, seed)).outcome).toBe('max-changes-less');
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('pooling-shift', {}, 7);
  });

  it('decides which pooling changed less, within 2% counting as the same', () => {
    expect(decide({ maxChange: 0.4, avgChange: 0.5, rawChange: 0.7 })).toBe('max-changes-less');
    expect(decide({ maxChange: 0.6, avgChange: 0.5, rawChange: 0.7 })).toBe('avg-changes-less');
    expect(decide({ maxChange: 0.5, avgChange: 0.505, rawChange: 0.7 })).toBe('same');
  });
});
