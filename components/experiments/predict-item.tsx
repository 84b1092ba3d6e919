'use client';

import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { getExperimentSpec, resolveParams, type ExperimentSpec, type Params } from '@/lib/experiments/registry';
import type { BackendName, RunResultMessage } from '@/lib/experiments/protocol';
import type { Metrics } from '@/lib/experiments/types';
import { formatMetric, localize } from './format';
import { MetricsTable } from './metrics-table';
import { usePrewarmExperiments } from './prewarm';
import { RunStatus } from './run-status';
import { UnknownExperiment } from './unknown-experiment';
import { randomSeed, useExperimentRunner } from './use-experiment-runner';
import { Verdict } from './verdict';

// The charts (visx, about 25 KB gzipped) load when a run starts, not with the review page.
const RunCharts = dynamic(() => import('./run-charts').then((m) => m.RunCharts), { ssr: false });

export type Confidence = 'low' | 'medium' | 'high';

export interface PredictResult {
  /** The chosen outcome key, or the estimate (as text) for a numeric prediction. */
  prediction: string;
  confidence?: Confidence;
  params: Params;
  seed: number;
  metrics: Metrics;
  /** The outcome the run's answer rule decided. */
  outcome: string;
  correct: boolean;
  backend: BackendName;
  ms: number;
}

export interface PredictItemProps {
  experimentId: string;
  /** The predict block's params (already resolved by the content pipeline; defaults fill the rest). */
  params?: Record<string, unknown>;
  question: ReactNode;
  /** Choice mode: options tied to outcome keys. */
  options?: readonly { outcome: string; text: ReactNode }[];
  /** Numeric mode: predict this metric; right when within ±tolerance. */
  metric?: string;
  tolerance?: number;
  explanation?: ReactNode;
  /** Fixed seed (e.g. for tests); a random one otherwise. */
  seed?: number;
  /** Ask for a confidence rating (optional for the learner). Default true. */
  askConfidence?: boolean;
  backend?: BackendName;
  wasmPath?: string;
  onResult?: (result: PredictResult) => void;
  /** Called once the prediction is committed (the run starts). */
  onCommit?: () => void;
  /** Lets a keyboard map choose an option and commit (the review session's keys). */
  controlRef?: Ref<PredictControl>;
}

/** What the review's keyboard can do on a predict card before its run. */
export interface PredictControl {
  /** Choose option `index` (choice mode); ignored once committed. */
  choose: (index: number) => void;
  /** Commit the prediction and run; false when nothing is chosen yet or already committed. */
  commit: () => boolean;
}

/** Predict, commit, run, compare: the run's own answer rule says whether the prediction was right. */
export function PredictItem(props: PredictItemProps) {
  const spec = getExperimentSpec(props.experimentId);
  if (!spec) return <UnknownExperiment id={props.experimentId} />;
  return <Predict spec={spec} {...props} />;
}

function Predict({
  spec,
  params: given,
  question,
  options,
  metric,
  tolerance = 0,
  explanation,
  seed: fixedSeed,
  askConfidence = true,
  backend,
  wasmPath,
  onResult,
  onCommit,
  controlRef,
}: PredictItemProps & { spec: ExperimentSpec }) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const [params] = useState<Params>(() => resolveParams(spec, given ?? {}).params);
  const [choice, setChoice] = useState<string | null>(null);
  const [estimate, setEstimate] = useState('');
  const [confidence, setConfidence] = useState<Confidence | undefined>(undefined);
  const [committed, setCommitted] = useState<{ prediction: string; seed: number } | null>(null);
  const [graded, setGraded] = useState<PredictResult | null>(null);
  const { state, run } = useExperimentRunner({ backend, wasmPath });
  // The card is on screen: the learner will commit soon, so have the worker ready.
  usePrewarmExperiments(true);
  const ids = { question: useId(), options: useId(), confidence: useId(), estimate: useId() };
  const numeric = metric !== undefined && !options?.length;
  const metricSpec = numeric ? spec.metrics.find((m) => m.key === metric) : undefined;
  const prediction = numeric ? (estimate.trim() !== '' && Number.isFinite(Number(estimate)) ? estimate.trim() : null) : choice;

  const execute = (c: { prediction: string; seed: number }) => {
    run({ id: spec.id, params, seed: c.seed })
      .then((r: RunResultMessage) => {
        const correct = numeric ? Math.abs(Number(c.prediction) - (r.metrics[metric!] ?? NaN)) <= tolerance : c.prediction === r.outcome;
        const result: PredictResult = {
          prediction: c.prediction,
          confidence,
          params: r.params,
          seed: r.seed,
          metrics: r.metrics,
          outcome: r.outcome,
          correct,
          backend: r.backend,
          ms: r.ms,
        };
        setGraded(result);
        onResult?.(result);
      })
      .catch(() => {
        /* shown by RunStatus; the learner can run again */
      });
  };

  const commit = () => {
    if (prediction === null || committed) return false;
    const c = { prediction, seed: fixedSeed ?? randomSeed() };
    setCommitted(c);
    execute(c);
    onCommit?.();
    return true;
  };

  useImperativeHandle(controlRef, () => ({
    choose: (index) => {
      const option = options?.[index];
      if (!committed && !numeric && option) setChoice(option.outcome);
    },
    commit,
  }));

  const locked = committed !== null;
  const optionClass = (outcome: string) => {
    if (!graded)
      return choice === outcome
        ? 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40'
        : 'border-slate-300 dark:border-slate-700';
    if (outcome === graded.outcome) return 'border-green-500 bg-green-50 dark:border-green-600 dark:bg-green-950/40';
    if (outcome === choice) return 'border-red-500 bg-red-50 dark:border-red-600 dark:bg-red-950/40';
    return 'border-slate-300 dark:border-slate-700';
  };

  return (
    <section aria-labelledby={ids.question} className="grid gap-4">
      <div id={ids.question} className="text-lg">
        {question}
      </div>

      {numeric ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.estimate} className="text-sm font-medium">
            {t('estimate', {
              unit: metricSpec
                ? localize(metricSpec.label, locale) + (metricSpec.unit && metricSpec.unit !== 'params' ? `, ${metricSpec.unit}` : '')
                : (metric ?? ''),
            })}
          </label>
          <input
            id={ids.estimate}
            type="number"
            inputMode="decimal"
            value={estimate}
            disabled={locked}
            onChange={(e) => setEstimate(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && commit()) e.preventDefault();
            }}
            aria-describedby={`${ids.estimate}-tol`}
            className="w-40 rounded-md border border-slate-300 bg-white px-3 py-2 outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-slate-700 dark:bg-slate-900"
          />
          <p id={`${ids.estimate}-tol`} className="text-xs text-slate-600 dark:text-slate-400">
            {t('tolerance', { tolerance: String(tolerance) })}
          </p>
        </div>
      ) : (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm text-slate-600 dark:text-slate-400">{t('yourPrediction')}</legend>
          {(options ?? []).map((o) => (
            <label
              key={o.outcome}
              className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 px-3 py-2 ${optionClass(o.outcome)}`}
            >
              <input
                type="radio"
                name={ids.options}
                value={o.outcome}
                checked={choice === o.outcome}
                disabled={locked}
                onChange={() => setChoice(o.outcome)}
                className="mt-1.5 size-4 accent-indigo-600"
              />
              <span className="min-w-0 flex-1">{o.text}</span>
            </label>
          ))}
        </fieldset>
      )}

      {askConfidence && (
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <legend className="mb-1 w-full text-slate-600 dark:text-slate-400">{t('confidence')}</legend>
          {(['low', 'medium', 'high'] as const).map((c) => (
            <label key={c} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={ids.confidence}
                value={c}
                checked={confidence === c}
                disabled={locked}
                onChange={() => setConfidence(c)}
                className="size-4 accent-indigo-600"
              />
              {t(`confidenceLevel.${c}`)}
            </label>
          ))}
        </fieldset>
      )}

      <div className="flex flex-wrap items-center gap-3">
        {!locked ? (
          <button type="button" onClick={commit} disabled={prediction === null} className={buttonClass}>
            {t('commit')}
          </button>
        ) : (
          <span className="text-sm text-slate-600 dark:text-slate-400">{t('committed')}</span>
        )}
        {committed && state.status === 'error' && (
          <button type="button" onClick={() => execute(committed)} className={secondaryButtonClass}>
            {t('rerun')}
          </button>
        )}
      </div>

      {locked && (
        <>
          <RunStatus state={state} />
          <RunCharts series={state.series} charts={state.charts} final={state.status === 'done'} />
        </>
      )}

      {graded && state.result && (
        <>
          <p
            role="status"
            className={`rounded-lg px-3 py-2 font-semibold ${graded.correct ? 'bg-green-50 text-green-800 dark:bg-green-950/40 dark:text-green-300' : 'bg-red-50 text-red-800 dark:bg-red-950/40 dark:text-red-300'}`}
          >
            {graded.correct ? t('right') : t('wrong')}
            {numeric && metric && (
              <span className="ml-2 font-normal">
                {t('predictedAndMeasured', {
                  predicted: formatMetric(Number(graded.prediction), metricSpec?.unit, locale),
                  measured: formatMetric(graded.metrics[metric], metricSpec?.unit, locale),
                })}
              </span>
            )}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <MetricsTable spec={spec} metrics={state.result.metrics} highlight={metric} />
            <Verdict spec={spec} result={state.result} />
          </div>
          {explanation && (
            <div>
              <h3 className="text-sm font-medium">{t('explanation')}</h3>
              <div className="mt-1">{explanation}</div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
