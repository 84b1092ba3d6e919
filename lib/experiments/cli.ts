/**
 * Argument parsing and printing for the experiment commands (`npm run experiment`,
 * `npm run content:verify`). Pure: the scripts do the I/O.
 */
import { experimentIds, getExperimentSpec, resolveParams, type ExperimentSpec, type Params } from './registry';
import type { Metrics } from './types';

export interface UsageError {
  message: string;
  fix: string;
}

export interface ExperimentArgs {
  id: string;
  seed: number;
  params: Params;
  json: boolean;
}

export const EXPERIMENT_USAGE = 'npm run experiment -- <id> [--seed N] [--params JSON] [--json]';

/** Parses `<id> [--seed N] [--params JSON] [--json]`; parameters are checked against the registry. */
export function parseExperimentArgs(argv: readonly string[], defaultSeed: number): ExperimentArgs | UsageError {
  let id: string | undefined;
  let seedText: string | undefined;
  let paramsText: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--seed' || flag === '--params') {
      const value = inline ?? argv[++i];
      if (value === undefined)
        return { message: `${flag} needs a value`, fix: `e.g. ${flag === '--seed' ? '--seed 7' : `--params '{"steps":50}'`}` };
      if (flag === '--seed') seedText = value;
      else paramsText = value;
    } else if (flag.startsWith('--')) return { message: `unknown option ${flag}`, fix: `usage: ${EXPERIMENT_USAGE}` };
    else if (id === undefined) id = a;
    else return { message: `unexpected argument "${a}"`, fix: `usage: ${EXPERIMENT_USAGE}` };
  }
  if (!id) return { message: 'no experiment id given', fix: `usage: ${EXPERIMENT_USAGE}; ids: ${experimentIds.join(', ')}` };
  const spec = getExperimentSpec(id);
  if (!spec) return { message: `unknown experiment "${id}"`, fix: `use one of: ${experimentIds.join(', ')}` };
  const seed = seedText === undefined ? defaultSeed : parseSeed(seedText);
  if (seed === undefined) return { message: `--seed must be a non-negative integer, got "${seedText}"`, fix: 'e.g. --seed 7' };
  let given: unknown = {};
  if (paramsText !== undefined) {
    try {
      given = JSON.parse(paramsText);
    } catch {
      return {
        message: `--params is not valid JSON: ${paramsText}`,
        fix: `quote it for the shell, e.g. --params '${exampleParams(spec)}'`,
      };
    }
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return { message: '--params must be a JSON object', fix: `e.g. --params '${exampleParams(spec)}'` };
  }
  const { params, errors } = resolveParams(spec, given as Record<string, unknown>);
  if (errors.length > 0) return { message: errors.join('; '), fix: `parameters of ${id}: ${describeParams(spec)}` };
  return { id, seed, params, json };
}

export function parseSeed(text: string): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= 0xffffffff ? n : undefined;
}

export function isUsageError(x: unknown): x is UsageError {
  return typeof x === 'object' && x !== null && 'fix' in x && 'message' in x;
}

function exampleParams(spec: ExperimentSpec): string {
  const p = spec.params[0];
  return p ? JSON.stringify({ [p.key]: p.default }) : '{}';
}

/** `key (int 1..8, default 2), …` for an error message. */
export function describeParams(spec: ExperimentSpec): string {
  return spec.params
    .map((p) => {
      if (p.type === 'choice') return `${p.key} (${p.choices.join(' | ')}, default ${p.default})`;
      if (p.type === 'bool') return `${p.key} (true | false, default ${String(p.default)})`;
      return `${p.key} (${p.type} ${p.min}..${p.max}, default ${p.default})`;
    })
    .join(', ');
}

/** The measurements and the outcome as aligned text lines (English labels). */
export function formatRunText(
  spec: ExperimentSpec,
  run: { params: Params; seed: number; metrics: Metrics; outcome: string; ms: number },
): string {
  const lines = [`${spec.id} (seed ${run.seed}, ${Math.round(run.ms)} ms)`, `params: ${JSON.stringify(run.params)}`, 'measurements:'];
  const width = Math.max(...spec.metrics.map((m) => m.key.length));
  for (const m of spec.metrics) {
    const v = run.metrics[m.key];
    if (v === undefined) continue;
    const shown = Number.isInteger(v) ? String(v) : v.toPrecision(4);
    lines.push(`  ${m.key.padEnd(width)}  ${shown}${m.unit && m.unit !== 'params' ? ` ${m.unit}` : ''}  (${m.label.en})`);
  }
  const label = spec.outcomes.find((o) => o.key === run.outcome)?.label.en ?? '?';
  lines.push(`outcome: ${run.outcome} (${label})`);
  return lines.join('\n');
}
