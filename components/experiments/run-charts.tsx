import { useLocale, useTranslations } from 'next-intl';
import { BarChart, type BarRow } from '@/components/charts/bar-chart';
import { LineChart } from '@/components/charts/line-chart';
import type { ChartSpec, Series } from '@/lib/experiments/types';
import { planCharts } from './chart-plan';
import { localize } from './format';

/**
 * The run's charts: one per chart key of the series (a run may draw, say, counts and
 * weights separately), as curves, or as labelled bars where a curve would be one point.
 */
export function RunCharts({ series, charts, final }: { series: readonly Series[]; charts?: readonly ChartSpec[]; final: boolean }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const plans = planCharts(series, charts, final);
  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-2">
      {plans.map((plan) => {
        const spec = plan.spec;
        const title = spec ? localize(spec.title, locale) : undefined;
        const xLabel = spec ? localize(spec.x, locale) : undefined;
        const yLabel = spec ? localize(spec.y, locale) : undefined;
        const labels = plan.series.map((s) => localize(s.label, locale));
        if (plan.kind === 'line')
          return (
            <LineChart
              key={plan.key}
              title={title}
              xLabel={xLabel}
              yLabel={yLabel}
              series={plan.series.map((s, i) => ({ key: s.key, label: labels[i]!, points: s.points }))}
            />
          );
        const missing = spec?.missing ? localize(spec.missing, locale) : t('noData');
        const rows: BarRow[] = plan.bars.map((b) => ({
          key: b.key,
          label:
            b.category === undefined
              ? labels[b.seriesIndex]!
              : `${xLabel ?? ''} ${b.category}${plan.series.length > 1 ? ` · ${labels[b.seriesIndex]}` : ''}`.trim(),
          value: b.value,
          note: b.value === undefined ? missing : undefined,
          style: b.seriesIndex,
          highlight: b.highlight,
        }));
        return (
          <BarChart
            key={plan.key}
            title={title}
            valueLabel={yLabel}
            rows={rows}
            legend={plan.series.length > 1 ? plan.series.map((s, i) => ({ key: s.key, label: labels[i]!, style: i })) : []}
          />
        );
      })}
    </div>
  );
}
