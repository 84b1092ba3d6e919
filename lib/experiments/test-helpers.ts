/** Helpers for the experiment tests: the cpu backend (as Node callers use) and leak-checked runs. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect } from 'vitest';
import { getExperimentSpec } from './registry';
import { runExperiment, type ExperimentRun } from './runnables';

export const SEEDS = [1, 2, 3, 4, 5] as const;

export function useCpuBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
}

/** Runs an experiment and checks it leaves no tensors behind and reports only outcomes/metrics its spec declares. */
export async function runChecked(id: string, params: Record<string, unknown>, seed: number): Promise<ExperimentRun> {
  const before = tf.memory().numTensors;
  const run = await runExperiment(id, params, seed);
  expect(tf.memory().numTensors).toBe(before);
  const spec = getExperimentSpec(id)!;
  expect(spec.outcomes.map((o) => o.key)).toContain(run.outcome);
  const declared = spec.metrics.map((m) => m.key);
  for (const key of Object.keys(run.metrics)) expect(declared).toContain(key);
  for (const value of Object.values(run.metrics)) expect(Number.isFinite(value)).toBe(true);
  return run;
}

/** Same seed twice → identical measurements and series. */
export async function expectDeterministic(id: string, params: Record<string, unknown>, seed: number): Promise<void> {
  const a = await runExperiment(id, params, seed);
  const b = await runExperiment(id, params, seed);
  expect(b.metrics).toEqual(a.metrics);
  expect(b.series).toEqual(a.series);
  expect(b.outcome).toBe(a.outcome);
}
