/// <reference lib="webworker" />
/**
 * Web Worker entry: runs one experiment per 'run' message on a backend chosen on
 * purpose (wasm or cpu — never webgl, which is ~10× slower on software GL).
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, RunRequest, WorkerReply } from './protocol';
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

// One run at a time; later requests wait their turn.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const req = event.data;
  if (req?.type !== 'run') return;
  queue = queue.then(() => handle(req));
};

async function handle(req: RunRequest): Promise<void> {
  const { runId } = req;
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
