import { useTranslations } from 'next-intl';
import type { RunnerState } from './use-experiment-runner';

/** Progress bar while running; backend, time, fallback and errors afterwards. Announced politely. */
export function RunStatus({ state }: { state: RunnerState }) {
  const t = useTranslations('experiments');
  const r = state.result;
  return (
    <div aria-live="polite" className="min-h-6 text-sm text-slate-600 dark:text-slate-400">
      {state.status === 'running' && (
        <div className="flex items-center gap-2">
          <span>{t('running')}</span>
          <progress max={1} value={state.fraction} aria-label={t('progress')} className="h-2 w-40 accent-indigo-600" />
        </div>
      )}
      {state.status === 'done' && r && (
        <p>
          {t('ranOn', { backend: r.backend, ms: String(Math.round(r.ms)) })}
          {r.fallbackReason && <span className="block text-amber-700 dark:text-amber-400">{t('fellBack')}</span>}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="text-red-600 dark:text-red-400">
          {t('failed', { message: state.error || t('workerFailed') })}
        </p>
      )}
    </div>
  );
}
