import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './l1-vs-l2-sparsity';

describe('l1-vs-l2-sparsity', () => {
  useCpuBackend();

  // The notes: L1 pushes weights to zero where they oscillate; L2 shrinks smoothly and rarely reaches zero.
  it.each(SEEDS)('seed %i: L1 leaves more near-zero weights, and they flip sign; L2 does not oscillate', async (seed) => {
    const run = await runChecked('l1-vs-l2-sparsity', {}, seed);
    expect(run.outcome).toBe('l1-sparser');
    expect(run.metrics.l1Oscillation).toBeGreaterThan(10 * run.metrics.l2Oscillation!);
    expect(run.metrics.l1SignFlips).toBeGreaterThan(1);
    expect(run.metrics.l2SignFlips).toBe(0);
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('l1-vs-l2-sparsity', { epochs: 40 }, 7);
  });

  it('decides by comparing near-zero counts', () => {
    expect(decide({ l1NearZero: 12, l2NearZero: 3 })).toBe('l1-sparser');
    expect(decide({ l1NearZero: 2, l2NearZero: 3 })).toBe('l2-sparser');
    expect(decide({ l1NearZero: 3, l2NearZero: 3 })).toBe('same');
  });
});
