'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { buttonClass } from '@/components/ui/field';
import { getExperimentSpec, resolveParams, type ExperimentSpec, type ParamValue, type Params } from '@/lib/experiments/registry';
import type { BackendName, RunResultMessage } from '@/lib/experiments/protocol';
import { FormulaCheck } from './formula-check';
import { localize } from './format';
import { MetricsTable } from './metrics-table';
import { ParamControls } from './param-controls';
import { usePrewarmExperiments } from './prewarm';
import { RunCharts } from './run-charts';
import { RunStatus } from './run-status';
import { SeedControl } from './seed-control';
import { UnknownExperiment } from './unknown-experiment';
import { useExperimentRunner } from './use-experiment-runner';
import { Verdict } from './verdict';

export interface ExperimentPlaygroundProps {
  experimentId: string;
  initialParams?: Record<string, unknown>;
  initialSeed?: number;
  backend?: BackendName;
  /** Where public/tfjs-wasm/ is served; default '/tfjs-wasm/'. */
  wasmPath?: string;
  /** Called after every finished run (e.g. to save it). */
  onRun?: (result: RunResultMessage) => void;
}

/** Parameters, seed, Run, a live chart, the measurements and the verdict of one experiment. */
export function ExperimentPlayground(props: ExperimentPlaygroundProps) {
  const spec = getExperimentSpec(props.experimentId);
  if (!spec) return <UnknownExperiment id={props.experimentId} />;
  return <Playground spec={spec} {...props} />;
}

function Playground({
  spec,
  initialParams,
  initialSeed = 1,
  backend,
  wasmPath,
  onRun,
}: ExperimentPlaygroundProps & { spec: ExperimentSpec }) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const [params, setParams] = useState<Params>(() => resolveParams(spec, initialParams ?? {}).params);
  const [seed, setSeed] = useState(initialSeed);
  const { state, run } = useExperimentRunner({ backend, wasmPath });
  const running = state.status === 'running';
  // In-bounds values that cannot go together (a kernel wider than its input): say why, and do not run.
  const conflict = spec.check?.(params);
  const headingId = useId();
  usePrewarmExperiments(true);

  const start = () => {
    run({ id: spec.id, params, seed })
      .then((r) => onRun?.(r))
      .catch(() => {
        /* shown by RunStatus */
      });
  };

  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <header>
        <h2 id={headingId} className="text-xl font-semibold">
          {localize(spec.title, locale)}
        </h2>
        {/* The possible outcomes, not the note's claim: the run decides, then the claim is shown beside it. */}
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('possibleOutcomes')}</p>
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {spec.outcomes.map((o) => (
            <li key={o.key}>{localize(o.label, locale)}</li>
          ))}
        </ul>
      </header>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold">{t('parameters')}</legend>
        <ParamControls
          specs={spec.params}
          values={params}
          disabled={running}
          onChange={(key: string, value: ParamValue) => setParams((p) => ({ ...p, [key]: value }))}
        />
        {conflict && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {localize(conflict, locale)}
          </p>
        )}
      </fieldset>

      <div className="flex flex-wrap items-end gap-3">
        <SeedControl seed={seed} disabled={running} onChange={setSeed} />
        <button type="button" onClick={start} disabled={running || conflict !== undefined} className={buttonClass}>
          {running ? t('running') : state.status === 'idle' ? t('run') : t('rerun')}
        </button>
      </div>

      <RunStatus state={state} />
      <RunCharts series={state.series} charts={state.charts} final={state.status === 'done'} />

      {state.status === 'done' && state.result && (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="grid content-start gap-4">
            <MetricsTable spec={spec} metrics={state.result.metrics} highlight={spec.formula?.metric} />
            {spec.formula && (
              <FormulaCheck
                formula={spec.formula}
                params={state.result.params}
                metrics={state.result.metrics}
                unit={spec.metrics.find((m) => m.key === spec.formula?.metric)?.unit}
              />
            )}
          </div>
          <Verdict spec={spec} result={state.result} showClaim />
        </div>
      )}
    </section>
  );
}
