import { describe, expect, it } from 'vitest';
import { getExperimentSpec, resolveParams } from '../registry';
import { runExperiment } from '../runnables';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './conv-output-size';

const side = async (params: Record<string, number>, seed = 1) => (await runChecked('conv-output-size', params, seed)).metrics;

describe('conv-output-size', () => {
  useCpuBackend();

  // Sides worked out by hand from the PyTorch Conv2d formula; the run reads them off the tensor.
  it.each([
    [{ size: 32, kernelSize: 3, padding: 1, stride: 1, dilation: 1 }, 32],
    [{ size: 32, kernelSize: 3, padding: 1, stride: 2, dilation: 1 }, 16],
    [{ size: 28, kernelSize: 5, padding: 0, stride: 1, dilation: 1 }, 24],
    [{ size: 28, kernelSize: 5, padding: 1, stride: 3, dilation: 1 }, 9],
    [{ size: 32, kernelSize: 3, padding: 2, stride: 1, dilation: 2 }, 32],
    [{ size: 32, kernelSize: 3, padding: 1, stride: 1, dilation: 2 }, 30],
    [{ size: 33, kernelSize: 3, padding: 0, stride: 2, dilation: 2 }, 15],
    [{ size: 5, kernelSize: 1, padding: 3, stride: 1, dilation: 1 }, 11],
  ])('measures %o → %i', async (params, expected) => {
    const m = await side(params);
    expect(m.outputSize).toBe(expected);
    expect(m.outputWidth).toBe(expected);
    expect(m.paddedSize).toBe(params.size + 2 * params.padding);
  });

  it.each(SEEDS)('seed %i: the side never depends on the random input', async (seed) => {
    expect((await side({ size: 28, kernelSize: 5, padding: 1, stride: 3, dilation: 1 }, seed)).outputSize).toBe(9);
  });

  it('counts the padded rows no output reads: the floor drops the edge, a wide stride leaves gaps', async () => {
    // 30 padded rows, 9 windows of 5 rows every 3: the last window ends at row 28, row 29 is never read.
    expect((await side({ size: 28, kernelSize: 5, padding: 1, stride: 3, dilation: 1 })).unreadRows).toBe(1);
    expect((await side({ size: 32, kernelSize: 3, padding: 1, stride: 1, dilation: 1 })).unreadRows).toBe(0);
    // Stride 4 with a 1×1 kernel over 9 rows reads rows 0, 4 and 8 only.
    expect((await side({ size: 9, kernelSize: 1, padding: 0, stride: 4, dilation: 1 })).unreadRows).toBe(6);
  });

  it('draws the measured side for every stride, marking the chosen one', async () => {
    const run = await runChecked('conv-output-size', { size: 32, kernelSize: 3, padding: 1, stride: 2 }, 1);
    expect(run.series[0]!.points).toEqual([
      { x: 1, y: 32 },
      { x: 2, y: 16 },
      { x: 3, y: 11 },
      { x: 4, y: 8 },
    ]);
    expect(run.charts?.[0]?.highlight).toBe(2);
  });

  it('refuses a kernel larger than the padded input with a message, before running', async () => {
    const bad = { size: 4, kernelSize: 3, padding: 0, dilation: 4 };
    const spec = getExperimentSpec('conv-output-size')!;
    expect(resolveParams(spec, bad).errors).toEqual([expect.stringMatching(/kernel does not fit: its span d\(k−1\)\+1 = 9 .* n\+2p = 4/)]);
    expect(spec.check?.(resolveParams(spec, {}).params)).toBeUndefined();
    await expect(runExperiment('conv-output-size', bad, 1)).rejects.toThrow(/kernel does not fit/);
    // Exactly fitting is fine: one output.
    expect((await side({ size: 9, kernelSize: 3, padding: 0, stride: 1, dilation: 4 })).outputSize).toBe(1);
  });

  it('the formula shown after the run agrees with the measurement across the parameter space', async () => {
    const spec = getExperimentSpec('conv-output-size')!;
    for (const params of [
      { size: 17, kernelSize: 4, padding: 2, stride: 3, dilation: 2 },
      { size: 64, kernelSize: 7, padding: 3, stride: 2, dilation: 1 },
      { size: 10, kernelSize: 2, padding: 5, stride: 4, dilation: 3 },
    ]) {
      const m = await side(params);
      expect(spec.formula!.evaluate(resolveParams(spec, params).params).value).toBe(m.outputSize);
    }
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('conv-output-size', { stride: 2, dilation: 2 }, 7);
  });

  it('names the outcome from the measured side and the input side', () => {
    const params = { size: 32, kernelSize: 3, padding: 1, stride: 1, dilation: 1 };
    expect(decide({ outputSize: 16 }, params)).toBe('smaller');
    expect(decide({ outputSize: 32 }, params)).toBe('same');
    expect(decide({ outputSize: 40 }, params)).toBe('larger');
  });
});
