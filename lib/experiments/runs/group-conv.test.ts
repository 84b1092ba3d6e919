import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide, groupConv, GroupSplitError, unevenSizes } from './group-conv';

describe('group-conv', () => {
  useCpuBackend();

  // The notes: the group count must divide both channel counts (6 in, 3 groups, 7 out is invalid).
  it.each(SEEDS)('seed %i: 6 in, 3 groups, 7 out fails to build because the filters do not split', async (seed) => {
    const run = await runChecked('group-conv', {}, seed);
    expect(run.outcome).toBe('invalid-out');
    expect(run.metrics.inputSplitOk).toBe(1);
    expect(run.metrics.filterSplitOk).toBe(0);
    expect(run.metrics.params).toBeUndefined();
    // The notes' reason, measured: split 3/2/2 anyway and the first group's inputs feed 3 outputs, the rest 2.
    expect(run.metrics.maxChannelUse).toBe(3);
    expect(run.metrics.minChannelUse).toBe(2);
    expect(run.series.find((s) => s.key === 'use')!.points.map((p) => p.y)).toEqual([3, 3, 2, 2, 2, 2]);
  });

  it('uses every input channel equally when the groups divide the filters', async () => {
    const run = await runChecked('group-conv', { inChannels: 6, groups: 3, outChannels: 6 }, 1);
    expect(run.series.find((s) => s.key === 'use')!.points.map((p) => p.y)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('splits as evenly as possible, the first groups taking the remainder', () => {
    expect(unevenSizes(7, 3)).toEqual([3, 2, 2]);
    expect(unevenSizes(6, 3)).toEqual([2, 2, 2]);
    expect(unevenSizes(8, 3)).toEqual([3, 3, 2]);
  });

  it('builds when groups divide both, with in/g·out·k² + out parameters', async () => {
    const run = await runChecked('group-conv', { inChannels: 6, groups: 3, outChannels: 6 }, 1);
    expect(run.outcome).toBe('valid');
    expect(run.metrics.params).toBe((6 / 3) * 6 * 9 + 6);
    expect(run.metrics.denseParams).toBe(6 * 6 * 9 + 6);
  });

  it('fails on the input split when groups do not divide the input channels', async () => {
    const run = await runChecked('group-conv', { inChannels: 7, groups: 3, outChannels: 6 }, 1);
    expect(run.outcome).toBe('invalid-in');
    expect(run.metrics.filterSplitOk).toBe(1);
  });

  it('produces out channels and leaks nothing when it throws', () => {
    const x = tf.zeros([1, 8, 8, 4]) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    expect(groupConv(x, 8, 2, 3, 1).outputShape).toEqual([1, 8, 8, 8]);
    expect(() => groupConv(x, 7, 2, 3, 1)).toThrow(GroupSplitError);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('group-conv', { outChannels: 6 }, 7);
  });

  it('decides from which split failed', () => {
    expect(decide({ inputSplitOk: 1, filterSplitOk: 1, params: 114 })).toBe('valid');
    expect(decide({ inputSplitOk: 0, filterSplitOk: 1 })).toBe('invalid-in');
    expect(decide({ inputSplitOk: 0, filterSplitOk: 0 })).toBe('invalid-in');
    expect(decide({ inputSplitOk: 1, filterSplitOk: 0 })).toBe('invalid-out');
  });
});
