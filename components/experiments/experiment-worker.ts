/**
 * The one experiment worker of the page (a module-level singleton): created on the first
 * prewarm or run, told to start tfjs and its backend at once, and reused by every run
 * after that, so only the first experiment of a visit pays the ~1.4 s start-up. Runs are
 * told apart by runId; a run whose component went away is cancelled, not the worker.
 */
import type { BackendName, RunRequest, WorkerReply, WorkerRequest } from '@/lib/experiments/protocol';

type Listener = (reply: WorkerReply) => void;

interface Shared {
  worker: Worker;
  listeners: Map<number, Listener>;
}

export interface WorkerOptions {
  backend?: BackendName;
  /** Where public/tfjs-wasm/ is served. */
  wasmPath?: string;
}

let shared: Shared | null = null;
let lastRunId = 0;

function create({ backend = 'wasm', wasmPath = '/tfjs-wasm/' }: WorkerOptions): Shared {
  const worker = new Worker(new URL('../../lib/experiments/experiment.worker.ts', import.meta.url), { type: 'module' });
  const s: Shared = { worker, listeners: new Map() };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const msg = event.data;
    if (msg.type === 'ready') return;
    s.listeners.get(msg.runId)?.(msg);
    if (msg.type === 'result' || msg.type === 'error') s.listeners.delete(msg.runId);
  };
  worker.onerror = (event) => {
    // A worker that failed to load is dropped; the next run starts a fresh one.
    event.preventDefault();
    const message = event.message || '';
    for (const [runId, listener] of s.listeners) listener({ type: 'error', runId, message });
    s.listeners.clear();
    worker.terminate();
    if (shared === s) shared = null;
  };
  const warm: WorkerRequest = { type: 'warm', backend, wasmPath };
  worker.postMessage(warm);
  return s;
}

/** Starts the worker (tfjs, backend, first kernels) if it is not running yet. */
export function prewarmExperimentWorker(options: WorkerOptions = {}): void {
  shared ??= create(options);
}

/**
 * Sends a run to the shared worker; `onReply` gets its progress, result or error.
 * `cancel()` stops listening and skips the run if it has not started.
 */
export function startRun(request: Omit<RunRequest, 'type' | 'runId'>, onReply: Listener): { runId: number; cancel: () => void } {
  const s = (shared ??= create(request));
  const runId = ++lastRunId;
  s.listeners.set(runId, onReply);
  const message: WorkerRequest = { type: 'run', runId, ...request };
  s.worker.postMessage(message);
  return {
    runId,
    cancel: () => {
      if (!s.listeners.delete(runId)) return;
      const cancel: WorkerRequest = { type: 'cancel', runId };
      s.worker.postMessage(cancel);
    },
  };
}
