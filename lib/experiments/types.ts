/**
 * Shapes shared by the runnable experiments, the worker and the UI.
 * Kept free of tfjs so UI code can import the types without loading TensorFlow.js.
 */
import type { Localized, Params } from './registry';

export interface SeriesPoint {
  x: number;
  y: number;
}

export interface Series {
  key: string;
  label: Localized;
  points: SeriesPoint[];
  /** Series with the same chart key are drawn together; defaults to 'main'. */
  chart?: string;
}

export interface ChartSpec {
  key: string;
  title: Localized;
  x: Localized;
  y: Localized;
  /** 'bar' compares values at a few x values (categories); 'line' (default) draws a curve. */
  kind?: 'line' | 'bar';
  /** Bar charts: every x value to show, in order, including those without a value. */
  categories?: number[];
  /** Bar charts: what a category without a value means, e.g. "does not build". */
  missing?: Localized;
  /** Bar charts: the category the run's own parameters chose. */
  highlight?: number;
}

export type Metrics = Record<string, number>;

export interface RunResult {
  metrics: Metrics;
  series: Series[];
  /** Axis titles for each chart key used by the series. */
  charts?: ChartSpec[];
  notes?: Localized[];
}

export interface RunProgress {
  /** 0..1 */
  fraction: number;
  /** Series measured so far (partial points), for a live chart. */
  series: Series[];
  /** Axis titles of the charts, as in the final result. */
  charts?: ChartSpec[];
}

export type OnProgress = (progress: RunProgress) => void;

export interface Runnable {
  id: string;
  /** Deterministic for a given (params, seed, backend). Does not choose the backend. */
  run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult>;
  /** The answer rule: an outcome key of the experiment, computed from measurements. */
  decide(metrics: Metrics, params: Params): string;
}
