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

/** Start tfjs and its backend now, before any run asks (the warm worker). */
export interface WarmRequest {
  type: 'warm';
  backend: BackendName;
  wasmPath?: string;
}

/** The client no longer wants this run: skip it if it has not started. */
export interface CancelRequest {
  type: 'cancel';
  runId: number;
}

export type WorkerRequest = RunRequest | WarmRequest | CancelRequest;

export type WorkerReply =
  | { type: 'ready'; runId: 0; backend: BackendName; fallbackReason?: string }
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
