import type { Localized, Params } from './registry';
import type { Series, SeriesPoint } from './types';

export function num(params: Params, key: string): number {
  const v = params[key];
  if (typeof v !== 'number') throw new Error(`parameter "${key}" must be a number, got ${String(v)}`);
  return v;
}

export function str(params: Params, key: string): string {
  const v = params[key];
  if (typeof v !== 'string') throw new Error(`parameter "${key}" must be a string, got ${String(v)}`);
  return v;
}

let channel: MessageChannel | undefined;

/**
 * Gives the event loop a turn (progress messages, a cancel); used every few steps.
 * Not setTimeout(0): browsers clamp nested timeouts to 4 ms, which added ~0.3 s to the
 * longest run. Node has setImmediate; browsers and workers get an unclamped
 * MessageChannel round trip.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  channel ??= new MessageChannel();
  const port = channel.port1;
  return new Promise((resolve) => {
    port.onmessage = () => resolve();
    channel!.port2.postMessage(null);
  });
}

export function series(key: string, label: Localized, points: SeriesPoint[], chart?: string): Series {
  return chart ? { key, label, points, chart } : { key, label, points };
}

/** Copies series so a progress callback never sees arrays that keep growing. */
export function snapshot(list: Series[]): Series[] {
  return list.map((s) => ({ ...s, points: s.points.slice() }));
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Population standard deviation. */
export function std(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/** Std of step-to-step differences: how much a curve jumps around. */
export function diffStd(xs: readonly number[]): number {
  const d: number[] = [];
  for (let i = 1; i < xs.length; i++) d.push(xs[i]! - xs[i - 1]!);
  return std(d);
}

export const L = (zh: string, en: string): Localized => ({ zh, en });
