/**
 * Messages between the UI and experiment.worker.ts. Free of tfjs so the UI can
 * import the types without bundling TensorFlow.js into the page.
 */
import type { Params } from './registry';
import type { ChartSpec, Metrics, RunProgress, Series } from './types';
import type { Localized } from './registry';

export type BackendName = 'cpu' | 'wasm';

export interface RunRequest {
  type: 'run';
  /** Echoed on every reply, so a client can ignore replies to a run it abandoned. */
  runId: number;
  id: string;
  params: Record<string, unknown>;
  seed: number;
  backend: BackendName;
  /** Where the tfjs-backend-wasm .wasm files are served, e.g. '/tfjs-wasm/'. */
  wasmPath?: string;
}

export type WorkerReply =
  | { type: 'backend'; runId: number; backend: BackendName; fallbackReason?: string }
  | ({ type: 'progress'; runId: number } & RunProgress)
  | {
      type: 'result';
      runId: number;
      id: string;
      params: Params;
      seed: number;
      metrics: Metrics;
      series: Series[];
      charts?: ChartSpec[];
      notes?: Localized[];
      outcome: string;
      ms: number;
      backend: BackendName;
      fallbackReason?: string;
    }
  | { type: 'error'; runId: number; message: string };

export type RunResultMessage = Extract<WorkerReply, { type: 'result' }>;
