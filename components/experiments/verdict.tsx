import { useLocale, useTranslations } from 'next-intl';
import type { ExperimentSpec } from '@/lib/experiments/registry';
import type { RunResultMessage } from '@/lib/experiments/protocol';
import { localize } from './format';

/** The outcome the answer rule computed from the measurements, and how they were measured. */
export function Verdict({ spec, result }: { spec: ExperimentSpec; result: RunResultMessage }) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const outcome = spec.outcomes.find((o) => o.key === result.outcome);
  return (
    <div className="grid content-start gap-2">
      <h3 className="text-sm font-medium">{t('verdict')}</h3>
      <p className="rounded-lg border-2 border-indigo-500 px-3 py-2 font-medium dark:border-indigo-400" data-outcome={result.outcome}>
        {outcome ? localize(outcome.label, locale) : result.outcome}
      </p>
      {result.notes && result.notes.length > 0 && (
        <details className="text-sm text-slate-600 dark:text-slate-400">
          <summary className="cursor-pointer">{t('notes')}</summary>
          <ul className="mt-1 list-disc pl-5">
            {result.notes.map((n, i) => (
              <li key={i}>{localize(n, locale)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
