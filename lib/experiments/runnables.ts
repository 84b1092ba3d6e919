/**
 * The runnable experiments, looked up by the registry's ids. Imports tfjs
 * (through the run modules); pages that only need metadata import registry.ts.
 */
import { getExperimentSpec, resolveParams, type Params } from './registry';
import { bnBatchSize } from './runs/bn-batch-size';
import { bnTrainEval } from './runs/bn-train-eval';
import { convBiasParams } from './runs/conv-bias-params';
import { convOutputSize } from './runs/conv-output-size';
import { dilatedReceptiveField } from './runs/dilated-receptive-field';
import { dropoutEval } from './runs/dropout-eval';
import { groupConvRunnable } from './runs/group-conv';
import { l1VsL2Sparsity } from './runs/l1-vs-l2-sparsity';
import { overUnderfitting } from './runs/over-underfitting';
import { poolingShift } from './runs/pooling-shift';
import type { OnProgress, RunResult, Runnable } from './types';

const runnables: ReadonlyMap<string, Runnable> = new Map(
  [
    bnBatchSize,
    bnTrainEval,
    l1VsL2Sparsity,
    dropoutEval,
    convBiasParams,
    convOutputSize,
    groupConvRunnable,
    dilatedReceptiveField,
    poolingShift,
    overUnderfitting,
  ].map((r) => [r.id, r]),
);

export const runnableIds: readonly string[] = [...runnables.keys()];

export function getRunnable(id: string): Runnable | undefined {
  return runnables.get(id);
}

export interface ExperimentRun extends RunResult {
  id: string;
  params: Params;
  seed: number;
  /** The answer rule's verdict on the measurements. */
  outcome: string;
  /** Wall time of run + decide. */
  ms: number;
}

/** Resolves parameters against the registry (defaults, bounds), runs and decides. Throws on unknown ids or bad parameters. */
export async function runExperiment(
  id: string,
  given: Record<string, unknown>,
  seed: number,
  onProgress?: OnProgress,
): Promise<ExperimentRun> {
  const spec = getExperimentSpec(id);
  const runnable = getRunnable(id);
  if (!spec || !runnable) throw new Error(`unknown experiment "${id}"`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  const { params, errors } = resolveParams(spec, given);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const t0 = performance.now();
  const result = await runnable.run(params, seed, onProgress);
  const outcome = runnable.decide(result.metrics, params);
  return { ...result, id, params, seed, outcome, ms: performance.now() - t0 };
}
