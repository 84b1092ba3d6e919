import { describe, expect, it } from 'vitest';
import { experimentSpecs } from './registry';
import { getRunnable, runExperiment, runnableIds } from './runnables';
import { useCpuBackend } from './test-helpers';

describe('runnables', () => {
  useCpuBackend();

  it('has exactly one runnable per registry entry', () => {
    expect([...runnableIds].sort()).toEqual(experimentSpecs.map((s) => s.id).sort());
    for (const spec of experimentSpecs) expect(getRunnable(spec.id)?.id).toBe(spec.id);
  });

  it('rejects unknown ids and bad parameters before running', async () => {
    await expect(runExperiment('nope', {}, 1)).rejects.toThrow(/unknown experiment/);
    await expect(runExperiment('dropout-eval', { rate: 2 }, 1)).rejects.toThrow(/outside/);
    await expect(runExperiment('dropout-eval', { typo: 1 }, 1)).rejects.toThrow(/unknown parameter/);
  });

  it('reports progress with partial series', async () => {
    const fractions: number[] = [];
    const run = await runExperiment('dropout-eval', {}, 1, (p) => {
      fractions.push(p.fraction);
      expect(p.series.length).toBeGreaterThan(0);
    });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect(run.outcome).toBe('scaled-mean-kept');
  });
});
