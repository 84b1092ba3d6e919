'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendName, RunResultMessage, WorkerReply } from '@/lib/experiments/protocol';
import type { ChartSpec, Series } from '@/lib/experiments/types';
import { startRun } from './experiment-worker';

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
 * Runs experiments in the page's shared, warm Web Worker (experiment-worker.ts). Only
 * the latest run updates the state; older replies are ignored, and runs still pending
 * when the component unmounts are cancelled (the worker stays warm for the next card).
 */
export function useExperimentRunner({ backend = 'wasm', wasmPath = '/tfjs-wasm/' }: { backend?: BackendName; wasmPath?: string } = {}) {
  const [state, setState] = useState<RunnerState>(IDLE);
  const latest = useRef(0);
  const pending = useRef(new Map<number, { cancel: () => void; reject: (e: Error) => void }>());
  // Progress arrives faster than a screen refreshes: draw the latest once per frame, leaving the CPU to the run.
  const frame = useRef<{ id: number; apply: () => void } | null>(null);
  const dropProgress = () => {
    if (frame.current) cancelAnimationFrame(frame.current.id);
    frame.current = null;
  };

  useEffect(() => {
    const waiting = pending.current;
    return () => {
      if (frame.current) cancelAnimationFrame(frame.current.id);
      for (const p of waiting.values()) {
        p.cancel();
        p.reject(new Error('the experiment runner was closed'));
      }
      waiting.clear();
    };
  }, []);

  const run = useCallback(
    (input: RunInput): Promise<RunResultMessage> => {
      setState({ status: 'running', fraction: 0, series: [] });
      return new Promise<RunResultMessage>((resolve, reject) => {
        try {
          const handle = startRun({ backend, wasmPath, ...input }, (msg: WorkerReply) => {
            const isLatest = msg.runId === latest.current;
            if (msg.type === 'progress' && isLatest) {
              const apply = () => {
                frame.current = null;
                setState((s) => ({ ...s, fraction: msg.fraction, series: msg.series, charts: msg.charts ?? s.charts }));
              };
              if (frame.current) frame.current.apply = apply;
              else {
                const scheduled = { id: 0, apply };
                scheduled.id = requestAnimationFrame(() => scheduled.apply());
                frame.current = scheduled;
              }
            } else if (msg.type === 'result') {
              if (isLatest) {
                dropProgress();
                setState({ status: 'done', fraction: 1, series: msg.series, charts: msg.charts, result: msg });
              }
              pending.current.delete(msg.runId);
              resolve(msg);
            } else if (msg.type === 'error') {
              // Without a message of its own, RunStatus says the worker failed to start, in the UI's language.
              if (isLatest) {
                dropProgress();
                setState((s) => ({ ...s, status: 'error', error: msg.message || undefined }));
              }
              pending.current.delete(msg.runId);
              reject(new Error(msg.message || 'the experiment worker failed to start'));
            }
          });
          latest.current = handle.runId;
          pending.current.set(handle.runId, { cancel: handle.cancel, reject });
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          setState((s) => ({ ...s, status: 'error', error: message }));
          reject(new Error(message));
        }
      });
    },
    [backend, wasmPath],
  );

  return { state, run };
}

/** A fresh random seed (a positive 31-bit integer). */
export function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return 1 + (buf[0]! % 2147483646);
}
