import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './conv-bias-params';

describe('conv-bias-params', () => {
  useCpuBackend();

  // The notes: with bias on, a Conv2D has one bias parameter per output channel.
  it.each(SEEDS)('seed %i: the bias adds exactly outChannels parameters', async (seed) => {
    const run = await runChecked('conv-bias-params', {}, seed);
    expect(run.outcome).toBe('equals-out');
    expect(run.metrics).toEqual({ withBias: 6 * 7 * 9 + 7, withoutBias: 6 * 7 * 9, biasParams: 7 });
    expect(run.series[0]!.points.every((p) => p.x === p.y)).toBe(true);
  });

  it('holds for other shapes', async () => {
    const run = await runChecked('conv-bias-params', { inChannels: 3, outChannels: 16, kernelSize: 5 }, 1);
    expect(run.metrics.biasParams).toBe(16);
    expect(run.outcome).toBe('equals-out');
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('conv-bias-params', {}, 7);
  });

  it('matches the measured difference exactly, else "other"', () => {
    const p = { inChannels: 6, outChannels: 7, kernelSize: 3 };
    expect(decide({ biasParams: 7 }, p)).toBe('equals-out');
    expect(decide({ biasParams: 6 }, p)).toBe('equals-in');
    expect(decide({ biasParams: 9 }, p)).toBe('equals-kernel');
    // The nearest candidate used to win: 8 was "equals-out" (a tie with 9 broken by order), 100 was k².
    expect(decide({ biasParams: 8 }, p)).toBe('other');
    expect(decide({ biasParams: 100 }, p)).toBe('other');
    expect(decide({}, p)).toBe('other');
  });
});
