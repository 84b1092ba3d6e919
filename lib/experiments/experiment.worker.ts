/// <reference lib="webworker" />
/**
 * Web Worker entry: runs one experiment per 'run' message on a backend chosen on
 * purpose (wasm or cpu — never webgl, which is ~10× slower on software GL). The client
 * keeps one of these alive and sends 'warm' first, so tfjs, the backend and its first
 * kernels are ready before the learner clicks Run.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, RunRequest, WarmRequest, WorkerReply, WorkerRequest } from './protocol';
import { runExperiment } from './runnables';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerReply) => scope.postMessage(message);

/** Our own record of the backend: asking tf.getBackend() first would auto-pick (webgl in a browser). */
let current: BackendName | undefined;
let wasmFailure: string | undefined;

async function selectBackend(
  wanted: BackendName,
  wasmPath: string | undefined,
): Promise<{ backend: BackendName; fallbackReason?: string }> {
  if (wanted === 'wasm' && wasmFailure === undefined) {
    if (current === 'wasm') return { backend: 'wasm' };
    try {
      if (!wasmPath) throw new Error('no wasmPath given');
      setWasmPaths(wasmPath.endsWith('/') ? wasmPath : `${wasmPath}/`);
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        current = 'wasm';
        return { backend: 'wasm' };
      }
      wasmFailure = 'the wasm backend failed to initialise (are the .wasm files served at wasmPath?)';
    } catch (e) {
      wasmFailure = `wasm backend unavailable: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  if (current !== 'cpu') {
    if (!(await tf.setBackend('cpu'))) throw new Error('the cpu backend failed to initialise');
    await tf.ready();
    current = 'cpu';
  }
  return wanted === 'wasm' ? { backend: 'cpu', fallbackReason: wasmFailure } : { backend: 'cpu' };
}

// One request at a time; later ones wait their turn.
let queue: Promise<void> = Promise.resolve();
const cancelled = new Set<number>();

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req?.type === 'cancel') cancelled.add(req.runId);
  else if (req?.type === 'warm') queue = queue.then(() => warm(req));
  else if (req?.type === 'run') queue = queue.then(() => handle(req));
};

async function warm(req: WarmRequest): Promise<void> {
  try {
    const backend = await selectBackend(req.backend, req.wasmPath);
    // One tiny op compiles the first kernels, which the first run would otherwise pay for.
    tf.tidy(() => tf.matMul(tf.ones([2, 2]), tf.ones([2, 2])).dataSync());
    post({ type: 'ready', runId: 0, ...backend });
  } catch {
    // The first run selects the backend again and reports the failure to its caller.
  }
}

async function handle(req: RunRequest): Promise<void> {
  const { runId } = req;
  if (cancelled.delete(runId)) return;
  try {
    const backend = await selectBackend(req.backend, req.wasmPath);
    post({ type: 'backend', runId, ...backend });
    const run = await runExperiment(req.id, req.params, req.seed, (p) => post({ type: 'progress', runId, ...p }));
    post({
      type: 'result',
      runId,
      id: run.id,
      params: run.params,
      seed: run.seed,
      metrics: run.metrics,
      series: run.series,
      charts: run.charts,
      notes: run.notes,
      outcome: run.outcome,
      ms: run.ms,
      ...backend,
    });
  } catch (e) {
    post({ type: 'error', runId, message: e instanceof Error ? e.message : String(e) });
  }
}
