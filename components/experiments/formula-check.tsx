import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import type { FormulaSpec, Params } from '@/lib/experiments/registry';
import type { Metrics } from '@/lib/experiments/types';
import { formatMetric } from './format';

/**
 * After a run: the notes' formula, with the run's parameters put in, beside what the run
 * measured. The run never computes the formula; this panel only shows whether they agree.
 */
export function FormulaCheck({
  formula,
  params,
  metrics,
  unit,
}: {
  formula: FormulaSpec;
  params: Params;
  metrics: Metrics;
  unit?: string;
}) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const headingId = useId();
  const { substituted, value } = formula.evaluate(params);
  const measured = metrics[formula.metric];
  const agree = measured === value;
  return (
    <section
      aria-labelledby={headingId}
      className="grid content-start gap-1 rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h3 id={headingId} className="font-semibold">
        {t('formula')}
      </h3>
      <p className="font-mono break-words">{formula.expression}</p>
      <p className="font-mono break-words">
        = {substituted} = {formatMetric(value, unit, locale)}
      </p>
      <p className={agree ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-300'}>
        {agree
          ? t('formulaAgrees', { measured: formatMetric(measured, unit, locale) })
          : t('formulaDiffers', { measured: formatMetric(measured, unit, locale) })}
      </p>
    </section>
  );
}
