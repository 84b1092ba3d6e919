'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendName, RunRequest, RunResultMessage, WorkerReply } from '@/lib/experiments/protocol';
import type { ChartSpec, Series } from '@/lib/experiments/types';

export type RunStatus = 'idle' | 'running' | 'done' | 'error';

export interface RunnerState {
  status: RunStatus;
  /** 0..1 while running */
  fraction: number;
  /** Partial series while running, the final ones when done. */
  series: Series[];
  /** Axis titles, known from the first progress message. */
  charts?: ChartSpec[];
  result?: RunResultMessage;
  error?: string;
}

export interface RunInput {
  id: string;
  params: Record<string, unknown>;
  seed: number;
}

const IDLE: RunnerState = { status: 'idle', fraction: 0, series: [] };

/**
 * Runs experiments in a module Web Worker (created on first use, terminated on
 * unmount). Only the latest run updates the state; older replies are ignored.
 */
export function useExperimentRunner({ backend = 'wasm', wasmPath = '/tfjs-wasm/' }: { backend?: BackendName; wasmPath?: string } = {}) {
  const [state, setState] = useState<RunnerState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef(new Map<number, { resolve: (r: RunResultMessage) => void; reject: (e: Error) => void }>());

  useEffect(() => {
    const waiting = pending.current;
    return () => {
      worker.current?.terminate();
      worker.current = null;
      for (const p of waiting.values()) p.reject(new Error('the experiment runner was closed'));
      waiting.clear();
    };
  }, []);

  const getWorker = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../../lib/experiments/experiment.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const msg = event.data;
      const isLatest = msg.runId === latest.current;
      if (msg.type === 'progress' && isLatest) {
        setState((s) => ({ ...s, fraction: msg.fraction, series: msg.series, charts: msg.charts ?? s.charts }));
      } else if (msg.type === 'result') {
        if (isLatest) setState({ status: 'done', fraction: 1, series: msg.series, charts: msg.charts, result: msg });
        pending.current.get(msg.runId)?.resolve(msg);
        pending.current.delete(msg.runId);
      } else if (msg.type === 'error') {
        if (isLatest) setState((s) => ({ ...s, status: 'error', error: msg.message }));
        pending.current.get(msg.runId)?.reject(new Error(msg.message));
        pending.current.delete(msg.runId);
      }
    };
    w.onerror = (event) => {
      // Without a message of its own, RunStatus says the worker failed to start, in the UI's language.
      const message = event.message || 'the experiment worker failed to start';
      setState((s) => ({ ...s, status: 'error', error: event.message || undefined }));
      for (const p of pending.current.values()) p.reject(new Error(message));
      pending.current.clear();
      w.terminate();
      worker.current = null;
    };
    worker.current = w;
    return w;
  }, []);

  const run = useCallback(
    (input: RunInput): Promise<RunResultMessage> => {
      const runId = ++latest.current;
      setState({ status: 'running', fraction: 0, series: [] });
      return new Promise<RunResultMessage>((resolve, reject) => {
        pending.current.set(runId, { resolve, reject });
        const request: RunRequest = { type: 'run', runId, backend, wasmPath, ...input };
        try {
          getWorker().postMessage(request);
        } catch (e) {
          pending.current.delete(runId);
          const message = e instanceof Error ? e.message : String(e);
          setState((s) => ({ ...s, status: 'error', error: message }));
          reject(new Error(message));
        }
      });
    },
    [backend, wasmPath, getWorker],
  );

  return { state, run };
}

/** A fresh random seed (a positive 31-bit integer). */
export function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return 1 + (buf[0]! % 2147483646);
}
