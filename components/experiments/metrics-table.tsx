import { useLocale, useTranslations } from 'next-intl';
import type { ExperimentSpec } from '@/lib/experiments/registry';
import type { Metrics } from '@/lib/experiments/types';
import { formatMetric, localize } from './format';

/** The run's measurements in the registry's order, labelled and formatted. */
export function MetricsTable({
  spec,
  metrics,
  highlight,
}: {
  spec: ExperimentSpec;
  metrics: Metrics;
  /** A metric to emphasise, e.g. the one a numeric prediction was about. */
  highlight?: string;
}) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const rows = spec.metrics.filter((m) => m.key in metrics || m.key === highlight);
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">{t('measurements')}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t('measurement')}</th>
          <th scope="col">{t('value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr
            key={m.key}
            className={`border-t border-slate-200 dark:border-slate-800 ${m.key === highlight ? 'bg-indigo-50 font-semibold dark:bg-indigo-950/40' : ''}`}
          >
            <th scope="row" className="py-1 pr-4 font-normal text-slate-700 dark:text-slate-300">
              {localize(m.label, locale)}
            </th>
            <td className="py-1 text-right font-mono whitespace-nowrap tabular-nums">{formatMetric(metrics[m.key], m.unit, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
