import { useLocale, useTranslations } from 'next-intl';
import { LineChart } from '@/components/charts/line-chart';
import type { ChartSpec, Series } from '@/lib/experiments/types';
import { localize } from './format';

/** One line chart per chart key of the series (a run may draw, say, counts and weights separately). */
export function RunCharts({ series, charts }: { series: readonly Series[]; charts?: readonly ChartSpec[] }) {
  const t = useTranslations('experiments');
  const locale = useLocale();
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    const key = s.chart ?? 'main';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  if (groups.size === 0) groups.set('main', []);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {[...groups].map(([key, list]) => {
        const spec = charts?.find((c) => c.key === key);
        return (
          <LineChart
            key={key}
            title={spec ? localize(spec.title, locale) : undefined}
            xLabel={spec ? localize(spec.x, locale) : undefined}
            yLabel={spec ? localize(spec.y, locale) : undefined}
            emptyText={t('noData')}
            describeLast={(value) => t('chartLast', { value })}
            series={list.map((s) => ({ key: s.key, label: localize(s.label, locale), points: s.points }))}
          />
        );
      })}
    </div>
  );
}
