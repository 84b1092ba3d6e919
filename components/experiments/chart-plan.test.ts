import { describe, expect, it } from 'vitest';
import type { ChartSpec, Series } from '@/lib/experiments/types';
import { planCharts } from './chart-plan';

const L = (en: string) => ({ zh: en, en });
const s = (key: string, points: [number, number][], chart?: string): Series => ({
  key,
  label: L(key),
  points: points.map(([x, y]) => ({ x, y })),
  ...(chart ? { chart } : {}),
});

describe('planCharts', () => {
  it('draws a curve when there are at least two x values, one chart per chart key', () => {
    const plans = planCharts(
      [
        s('a', [
          [1, 1],
          [2, 3],
        ]),
        s('b', [[1, 2]], 'other'),
      ],
      undefined,
      true,
    );
    expect(plans.map((p) => [p.key, p.kind])).toEqual([
      ['main', 'line'],
      ['other', 'bar'],
    ]);
  });

  it('never draws a one-point chart once the run is over: one labelled bar per series instead', () => {
    const [plan] = planCharts([s('with', [[5, 0.9]]), s('without', [[5, 0.4]])], undefined, true);
    expect(plan!.kind).toBe('bar');
    expect(plan!.kind === 'bar' && plan!.bars).toEqual([
      { key: 'with', seriesIndex: 0, value: 0.9 },
      { key: 'without', seriesIndex: 1, value: 0.4 },
    ]);
    // While it runs, the first point of a curve stays a (growing) line chart.
    expect(planCharts([s('with', [[1, 0.9]])], undefined, false)[0]!.kind).toBe('line');
  });

  it('shows every category of a bar spec, with a gap where there is no value, and marks the chosen one', () => {
    const spec: ChartSpec = {
      key: 'main',
      title: L('t'),
      x: L('Groups'),
      y: L('Parameters'),
      kind: 'bar',
      categories: [1, 2, 3],
      highlight: 3,
    };
    const [plan] = planCharts([s('params', [[1, 385]])], [spec], true);
    expect(plan!.kind === 'bar' && plan!.bars).toEqual([
      { key: '1', seriesIndex: 0, category: 1, value: 385, highlight: false },
      { key: '2', seriesIndex: 0, category: 2, value: undefined, highlight: false },
      { key: '3', seriesIndex: 0, category: 3, value: undefined, highlight: true },
    ]);
  });

  it('keeps an empty chart (with its axis titles) before the first point arrives', () => {
    const spec: ChartSpec = { key: 'loss', title: L('t'), x: L('x'), y: L('y') };
    expect(planCharts([], [spec], false)).toEqual([{ kind: 'line', key: 'loss', spec, series: [] }]);
  });
});
