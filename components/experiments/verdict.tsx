import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import type { ExperimentSpec } from '@/lib/experiments/registry';
import type { RunResultMessage } from '@/lib/experiments/protocol';
import { localize } from './format';

/**
 * The outcome the answer rule computed from the measurements, shown as a result: a
 * named panel (a region for assistive tech) with the outcome in large type, then the
 * note's claim to compare it with (lab only) and how it was measured.
 */
export function Verdict({ spec, result, showClaim = false }: { spec: ExperimentSpec; result: RunResultMessage; showClaim?: boolean }) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const headingId = useId();
  const outcome = spec.outcomes.find((o) => o.key === result.outcome);
  return (
    <section
      aria-labelledby={headingId}
      className="grid content-start gap-2 rounded-xl border border-l-4 border-indigo-200 border-l-indigo-600 bg-indigo-50 p-4 dark:border-indigo-900 dark:border-l-indigo-400 dark:bg-indigo-950/60"
    >
      <h3 id={headingId} className="text-sm font-semibold text-indigo-900 dark:text-indigo-200">
        {t('verdict')}
      </h3>
      <p
        className="flex items-start gap-2 text-lg leading-snug font-semibold text-slate-900 dark:text-slate-50"
        data-outcome={result.outcome}
      >
        <svg viewBox="0 0 20 20" aria-hidden className="mt-1 size-5 shrink-0 fill-indigo-700 dark:fill-indigo-300">
          <path d="M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm4.3 6.7-5 5a1 1 0 0 1-1.4 0l-2.2-2.2a1 1 0 1 1 1.4-1.4l1.5 1.5 4.3-4.3a1 1 0 0 1 1.4 1.4Z" />
        </svg>
        <span className="min-w-0">{outcome ? localize(outcome.label, locale) : result.outcome}</span>
      </p>
      {showClaim && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{t('claimAfter')}</span>
          {localize(spec.claim, locale)}
        </p>
      )}
      {result.notes && result.notes.length > 0 && (
        <details className="text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer">{t('notes')}</summary>
          <ul className="mt-1 list-disc pl-5">
            {result.notes.map((n, i) => (
              <li key={i}>{localize(n, locale)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
