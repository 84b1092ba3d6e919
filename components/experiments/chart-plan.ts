/**
 * Which chart each group of series becomes. Pure, so the rule is tested: a curve needs at
 * least two x values, so a finished run with fewer is shown as labelled bars (one per
 * series), and a spec can ask for bars over fixed categories (group-conv's group counts).
 */
import type { ChartSpec, Series } from '@/lib/experiments/types';

export interface PlannedBar {
  key: string;
  /** The series this bar belongs to (its index picks the style). */
  seriesIndex: number;
  /** The category (x value) of a categorical bar chart; absent for a one-value-per-series comparison. */
  category?: number;
  value?: number;
  highlight?: boolean;
}

export type ChartPlan =
  | { kind: 'line'; key: string; spec?: ChartSpec; series: Series[] }
  | { kind: 'bar'; key: string; spec?: ChartSpec; series: Series[]; bars: PlannedBar[] };

const finiteX = (s: Series) => s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));

/** `final`: the run is over (while it runs, a curve may still have one point). */
export function planCharts(series: readonly Series[], charts: readonly ChartSpec[] | undefined, final: boolean): ChartPlan[] {
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    const key = s.chart ?? 'main';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  if (groups.size === 0) groups.set(charts?.[0]?.key ?? 'main', []);
  return [...groups].map(([key, list]): ChartPlan => {
    const spec = charts?.find((c) => c.key === key);
    if (spec?.kind === 'bar' && spec.categories?.length) {
      const bars = spec.categories.flatMap((category) =>
        list.map((s, seriesIndex) => ({
          key: list.length > 1 ? `${category}:${s.key}` : String(category),
          seriesIndex,
          category,
          value: finiteX(s).find((p) => p.x === category)?.y,
          highlight: spec.highlight === category,
        })),
      );
      return { kind: 'bar', key, spec, series: list, bars };
    }
    const xs = new Set(list.flatMap((s) => finiteX(s).map((p) => p.x)));
    if (final && xs.size === 1) {
      const bars = list.map((s, seriesIndex) => ({ key: s.key, seriesIndex, value: finiteX(s).at(-1)?.y }));
      return { kind: 'bar', key, spec, series: list, bars };
    }
    return { kind: 'line', key, spec, series: list };
  });
}
