import { describe, expect, it } from 'vitest';
import { expectDeterministic, runChecked, SEEDS, useCpuBackend } from '../test-helpers';
import { decide } from './dilated-receptive-field';

describe('dilated-receptive-field', () => {
  useCpuBackend();

  // The notes: 3×3 convs with dilation 1, 2, 4 see 15×15 without extra parameters.
  it.each(SEEDS)('seed %i: dilations 1,2,4 give a measured 15×15 field with 27 weights', async (seed) => {
    const run = await runChecked('dilated-receptive-field', {}, seed);
    expect(run.outcome).toBe('rf-15');
    expect(run.metrics).toEqual({ receptiveField: 15, coverage: 100, params: 27 });
    expect(run.series[0]!.points.map((p) => p.y)).toEqual([1, 3, 7, 15]);
  });

  it('measures the other stacks', async () => {
    const rf = async (dilations: string, size = 33) =>
      (await runChecked('dilated-receptive-field', { dilations, size }, 1)).metrics.receptiveField;
    expect(await rf('1,1,1')).toBe(7);
    expect(await rf('2,2,2')).toBe(13);
    expect(await rf('1,2,4,8')).toBe(31);
    expect(await rf('1,2,4,8', 17)).toBe(17); // clipped by the border, and the run says so
  });

  // The notes' gridding effect: 2, 2, 2 spans 13×13 but reaches only the even offsets (7×7 of 13×13).
  it('shows the gridding holes of 2,2,2 as coverage, while 1,2,4 and 1,1,1 cover their whole field', async () => {
    const cover = async (dilations: string) => (await runChecked('dilated-receptive-field', { dilations }, 1)).metrics.coverage;
    expect(await cover('2,2,2')).toBeCloseTo((100 * 49) / 169, 6);
    expect(await cover('1,2,4')).toBe(100);
    expect(await cover('1,1,1')).toBe(100);
  });

  it('is deterministic for a seed', async () => {
    await expectDeterministic('dilated-receptive-field', {}, 7);
  });

  it('maps the measured side to an outcome', () => {
    expect(decide({ receptiveField: 15 })).toBe('rf-15');
    expect(decide({ receptiveField: 7 })).toBe('rf-7');
    expect(decide({ receptiveField: 9 })).toBe('rf-9');
    expect(decide({ receptiveField: 13 })).toBe('rf-other');
  });
});
