import type { ExperimentSpec } from '@/lib/experiments/registry';
import type { Metrics } from '@/lib/experiments/types';
import { formatMetric, localize, type UiLocale } from './labels';

/** The run's measurements in the registry's order, labelled and formatted. */
export function MetricsTable({
  spec,
  metrics,
  locale,
  caption,
  headers,
  highlight,
}: {
  spec: ExperimentSpec;
  metrics: Metrics;
  locale: UiLocale;
  caption: string;
  headers: { measurement: string; value: string };
  /** A metric to emphasise, e.g. the one a numeric prediction was about. */
  highlight?: string;
}) {
  const rows = spec.metrics.filter((m) => m.key in metrics || m.key === highlight);
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{headers.measurement}</th>
          <th scope="col">{headers.value}</th>
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
            <td className="py-1 text-right font-mono tabular-nums">{formatMetric(metrics[m.key], m.unit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
