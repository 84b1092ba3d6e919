/**
 * `predict` blocks: a fenced block with YAML that asks the learner to predict
 * what an experiment from the registry will show. Everything the run needs is
 * validated here, with positions inside the YAML mapped back to the note.
 */

import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import { experimentIds, getExperimentSpec, resolveParams } from '@/lib/experiments/registry';
import type { CardOption, Diagnostic, DiagnosticCode, DiagnosticParams, PredictSpec } from './types';

export interface PredictBlock {
  id?: string;
  question: string;
  options?: CardOption[];
  predict?: PredictSpec;
  explanation?: string;
  diagnostics: Diagnostic[];
}

const KNOWN_KEYS = new Set(['id', 'experiment', 'params', 'question', 'options', 'metric', 'tolerance', 'explanation']);

/**
 * @param yamlText the block's content
 * @param line 1-based file line of the block's first content line
 * @param col 1-based file column where the content is indented to
 */
export function readPredict(yamlText: string, file: string, line: number, col: number): PredictBlock {
  const diagnostics: Diagnostic[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number | undefined): { line: number; col: number } => {
    const p = counter.linePos(offset ?? 0);
    return { line: line + p.line - 1, col: col + p.col - 1 };
  };
  const report = (
    offset: number | undefined,
    message: string,
    fix: string,
    code: DiagnosticCode,
    params?: DiagnosticParams,
    severity: Diagnostic['severity'] = 'error',
  ): void => {
    diagnostics.push({ severity, file, ...at(offset), message, fix, code, ...(params ? { params } : {}) });
  };
  const out: PredictBlock = { question: '', diagnostics };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      report(
        e.pos[0],
        `predict block is not valid YAML: ${e.message.split('\n')[0]}`,
        'fix the YAML; quote text that contains `: ` or starts with a special character',
        'predictYaml',
        { detail: e.message.split('\n')[0] ?? '' },
      );
    }
    return out;
  }
  if (!isMap(doc.contents)) {
    report(
      0,
      'predict block must be a YAML mapping',
      'write `id:`, `experiment:`, `question:` and `options:` (or `metric:`) keys',
      'predictNotMapping',
    );
    return out;
  }
  const data = doc.toJS() as Record<string, unknown>;
  const offsetOf = (path: Array<string | number>, key = false): number | undefined => nodeOffset(doc, path, key);

  for (const k of Object.keys(data)) {
    if (!KNOWN_KEYS.has(k))
      report(
        offsetOf([k], true),
        `unknown key "${k}" in predict block`,
        `remove it; known keys: ${[...KNOWN_KEYS].join(', ')}`,
        'predictUnknownKey',
        {
          key: k,
          keys: [...KNOWN_KEYS].join(', '),
        },
        'warning',
      );
  }
  if (data.id !== undefined) {
    const id = String(data.id);
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) out.id = id;
    else
      report(
        offsetOf(['id']),
        `predict id "${id}" is not a valid id`,
        'use lowercase letters, digits and single hyphens, e.g. `bn-batch-size-predict`',
        'predictBadId',
        { id },
      );
  }
  if (typeof data.question === 'string' && data.question.trim()) out.question = data.question.trim();
  else
    report(
      offsetOf(['question']),
      'predict block has no question',
      'add `question: <what should the learner predict?>`',
      'predictNoQuestion',
    );
  if (data.explanation !== undefined) out.explanation = String(data.explanation).trim();

  const experiment = data.experiment;
  if (typeof experiment !== 'string' || !experiment) {
    report(
      offsetOf(['experiment']),
      'predict block has no experiment',
      `add \`experiment: <id>\`, one of: ${experimentIds.join(', ')}`,
      'predictNoExperiment',
      {
        experiments: experimentIds.join(', '),
      },
    );
    return out;
  }
  const spec = getExperimentSpec(experiment);
  if (!spec) {
    report(
      offsetOf(['experiment']),
      `unknown experiment "${experiment}"`,
      `use one of: ${experimentIds.join(', ')} (lib/experiments/registry.ts)`,
      'predictUnknownExperiment',
      { experiment, experiments: experimentIds.join(', ') },
    );
    return out;
  }

  const givenParams = data.params ?? {};
  let params = resolveParams(spec, {}).params;
  if (typeof givenParams !== 'object' || givenParams === null || Array.isArray(givenParams)) {
    report(
      offsetOf(['params']),
      '`params` must be a mapping',
      `write e.g. \`params: { ${spec.params[0]?.key ?? 'key'}: ${String(spec.params[0]?.default ?? 1)} }\``,
      'predictParamsNotMapping',
      { example: `params: { ${spec.params[0]?.key ?? 'key'}: ${String(spec.params[0]?.default ?? 1)} }` },
    );
  } else {
    const resolved = resolveParams(spec, givenParams as Record<string, unknown>);
    params = resolved.params;
    for (const e of resolved.errors) {
      const name = /"([^"]+)"/.exec(e)?.[1];
      const where = name ? (offsetOf(['params', name], true) ?? offsetOf(['params'])) : offsetOf(['params']);
      const keys = spec.params.map((p) => p.key).join(', ');
      report(where, e, `see the parameters of ${spec.id}: ${keys}`, 'predictBadParam', { detail: e, experiment: spec.id, keys });
    }
  }

  const predict: PredictSpec = { experiment: spec.id, params };
  const outcomeKeys = spec.outcomes.map((o) => o.key);
  if (data.options !== undefined && data.metric !== undefined) {
    report(
      offsetOf(['metric'], true),
      'predict block has both `options` and `metric`',
      'keep `options` for a choice, or `metric` + `tolerance` for a number',
      'predictOptionsAndMetric',
    );
  }
  if (data.options !== undefined) {
    if (!Array.isArray(data.options) || data.options.length < 2) {
      report(
        offsetOf(['options']),
        '`options` must be a list of at least two `{ outcome, text }`',
        `use outcomes of ${spec.id}: ${outcomeKeys.join(', ')}`,
        'predictBadOptions',
        { experiment: spec.id, outcomes: outcomeKeys.join(', ') },
      );
    } else {
      const options: CardOption[] = [];
      const seen = new Set<string>();
      data.options.forEach((o: unknown, i) => {
        const rec = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
        const outcome = typeof rec.outcome === 'string' ? rec.outcome : '';
        const text = rec.text === undefined ? '' : String(rec.text).trim();
        if (!outcomeKeys.includes(outcome)) {
          report(
            offsetOf(['options', i, 'outcome']) ?? offsetOf(['options', i]),
            `option ${i + 1}: unknown outcome "${outcome}" for ${spec.id}`,
            `use one of: ${outcomeKeys.join(', ')}`,
            'predictUnknownOutcome',
            { n: i + 1, outcome, experiment: spec.id, outcomes: outcomeKeys.join(', ') },
          );
        } else if (seen.has(outcome)) {
          report(
            offsetOf(['options', i, 'outcome']),
            `option ${i + 1}: outcome "${outcome}" is listed twice`,
            'give every option a different outcome',
            'predictDuplicateOutcome',
            { n: i + 1, outcome },
          );
        }
        if (!text)
          report(offsetOf(['options', i]), `option ${i + 1} has no text`, 'add `text: <what the learner sees>`', 'predictOptionNoText', {
            n: i + 1,
          });
        seen.add(outcome);
        options.push({ outcome, text });
      });
      out.options = options;
    }
  } else if (data.metric !== undefined) {
    const metric = String(data.metric);
    const metricKeys = spec.metrics.map((m) => m.key);
    if (!metricKeys.includes(metric))
      report(
        offsetOf(['metric']),
        `unknown metric "${metric}" for ${spec.id}`,
        `use one of: ${metricKeys.join(', ')}`,
        'predictUnknownMetric',
        {
          metric,
          experiment: spec.id,
          metrics: metricKeys.join(', '),
        },
      );
    predict.metric = metric;
    if (typeof data.tolerance !== 'number' || !Number.isFinite(data.tolerance) || data.tolerance < 0) {
      report(
        offsetOf(['tolerance'], data.tolerance === undefined) ?? offsetOf(['metric']),
        '`tolerance` must be a number ≥ 0 when `metric` is used',
        'add e.g. `tolerance: 0.05`',
        'predictBadTolerance',
      );
    } else predict.tolerance = data.tolerance;
  } else {
    report(
      0,
      'predict block has neither `options` nor `metric`',
      `add \`options:\` with outcomes of ${spec.id} (${outcomeKeys.join(', ')}) or \`metric:\` + \`tolerance:\``,
      'predictNoOptionsOrMetric',
      { experiment: spec.id, outcomes: outcomeKeys.join(', ') },
    );
  }
  out.predict = predict;
  return out;
}

/** Offset of a value (or its key) in the YAML text, when present. */
function nodeOffset(doc: Document, path: Array<string | number>, key: boolean): number | undefined {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
    const node = (key ? pair?.key : (pair?.value ?? pair?.key)) as { range?: [number, number, number] } | null | undefined;
    return node?.range?.[0];
  }
  if (isSeq(parent) && typeof last === 'number') {
    return (parent.items[last] as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}
