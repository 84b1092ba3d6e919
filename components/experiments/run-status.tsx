import type { RunnerState } from './use-experiment-runner';
import { fill, type ExperimentLabels } from './labels';

/** Progress bar while running; backend, time, fallback and errors afterwards. Announced politely. */
export function RunStatus({ state, labels }: { state: RunnerState; labels: ExperimentLabels }) {
  const r = state.result;
  return (
    <div aria-live="polite" className="min-h-6 text-sm text-slate-600 dark:text-slate-400">
      {state.status === 'running' && (
        <div className="flex items-center gap-2">
          <span>{labels.running}</span>
          <progress max={1} value={state.fraction} aria-label={labels.progress} className="h-2 w-40 accent-indigo-600" />
        </div>
      )}
      {state.status === 'done' && r && (
        <p>
          {fill(labels.ranOn, { backend: r.backend, ms: Math.round(r.ms) })}
          {r.fallbackReason && (
            <span className="block text-amber-700 dark:text-amber-400">{fill(labels.fellBack, { reason: r.fallbackReason })}</span>
          )}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="text-red-600 dark:text-red-400">
          {fill(labels.failed, { message: state.error ?? '' })}
        </p>
      )}
    </div>
  );
}
