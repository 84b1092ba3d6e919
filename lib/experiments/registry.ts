/**
 * The experiment registry: ids, titles, the claim each one tests, parameter
 * schemas, the outcomes its answer rule can return and the metrics it measures.
 *
 * This module is deliberately free of tfjs so that the content checker, the
 * review page and the deck pages can validate `predict` items without loading
 * TensorFlow.js. The runnable implementations live beside it and are looked up
 * by the same id.
 */

import { convSpecs } from './registry-specs-conv';
import { trainingSpecs } from './registry-specs-training';

export type Localized = { zh: string; en: string };

export type ParamSpec =
  | { key: string; label: Localized; type: 'int' | 'float'; default: number; min: number; max: number; step: number }
  | { key: string; label: Localized; type: 'choice'; default: string; choices: string[]; choiceLabels?: Record<string, Localized> }
  | { key: string; label: Localized; type: 'bool'; default: boolean };

export type ParamValue = number | string | boolean;
export type Params = Record<string, ParamValue>;

export interface OutcomeSpec {
  key: string;
  label: Localized;
}

export interface MetricSpec {
  key: string;
  label: Localized;
  /** Unit or format hint for display, e.g. '%', 'px', 'params'. */
  unit?: string;
}

/** A closed form for one metric, shown beside the measurement after a run. The run never uses it. */
export interface FormulaSpec {
  metric: string;
  /** The formula in the notes' symbols (language-neutral maths), e.g. ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1. */
  expression: string;
  /** The same with a run's parameters put in, and its value. */
  evaluate: (params: Params) => { substituted: string; value: number };
}

export interface ExperimentSpec {
  id: string;
  title: Localized;
  /** The claim from the notes that the experiment tests. */
  claim: Localized;
  /** Note topic (content/notes/<topic>.md) the claim comes from. */
  noteTopic: string;
  params: ParamSpec[];
  /** What the answer rule can decide; predict options refer to these keys. */
  outcomes: OutcomeSpec[];
  /** Numbers the run measures; numeric predictions refer to these keys. */
  metrics: MetricSpec[];
  /** A mix of in-bounds values the run cannot take (a kernel larger than its input), as a message; undefined when fine. */
  check?: (params: Params) => Localized | undefined;
  formula?: FormulaSpec;
}

/** The lab's order (the specs live in two files by kind). */
const ORDER = [
  'bn-batch-size',
  'bn-train-eval',
  'l1-vs-l2-sparsity',
  'dropout-eval',
  'conv-bias-params',
  'conv-output-size',
  'group-conv',
  'dilated-receptive-field',
  'pooling-shift',
  'over-underfitting',
];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

export const experimentSpecs: readonly ExperimentSpec[] = [...trainingSpecs, ...convSpecs].sort((a, b) => rank(a.id) - rank(b.id));

const byId = new Map(experimentSpecs.map((s) => [s.id, s]));

export const experimentIds: readonly string[] = experimentSpecs.map((s) => s.id);

export function getExperimentSpec(id: string): ExperimentSpec | undefined {
  return byId.get(id);
}

/** Fills defaults and reports parameters that are unknown, out of bounds, or impossible together (the spec's `check`). */
export function resolveParams(spec: ExperimentSpec, given: Record<string, unknown>): { params: Params; errors: string[] } {
  const params: Params = {};
  const errors: string[] = [];
  for (const key of Object.keys(given)) {
    if (!spec.params.some((p) => p.key === key)) {
      errors.push(`unknown parameter "${key}" for ${spec.id}; known: ${spec.params.map((p) => p.key).join(', ')}`);
    }
  }
  for (const p of spec.params) {
    const v = given[p.key];
    if (v === undefined) {
      params[p.key] = p.default;
      continue;
    }
    if (p.type === 'int' || p.type === 'float') {
      if (typeof v !== 'number' || Number.isNaN(v) || (p.type === 'int' && !Number.isInteger(v))) {
        errors.push(`parameter "${p.key}" must be ${p.type === 'int' ? 'an integer' : 'a number'}`);
      } else if (v < p.min || v > p.max) {
        errors.push(`parameter "${p.key}" = ${v} is outside ${p.min}..${p.max}`);
      } else params[p.key] = v;
    } else if (p.type === 'choice') {
      const s = String(v);
      if (!p.choices.includes(s)) errors.push(`parameter "${p.key}" must be one of ${p.choices.join(' | ')}`);
      else params[p.key] = s;
    } else if (typeof v !== 'boolean') errors.push(`parameter "${p.key}" must be true or false`);
    else params[p.key] = v;
  }
  const conflict = errors.length === 0 ? spec.check?.(params) : undefined;
  if (conflict) errors.push(conflict.en);
  return { params, errors };
}
