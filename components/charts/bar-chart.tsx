'use client';

import { AxisBottom } from '@visx/axis';
import { GridColumns } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { formatNumber, formatTicks } from '@/lib/format/number';
import { ChartFrame } from './chart-frame';
import { AXIS_CLASS, AXIS_TEXT, GRID_CLASS, seriesStyle } from './palette';
import { axisDomain, axisTicks, isIntegerValued, tickCount } from './ticks';
import { useWidth } from './use-width';

export interface BarRow {
  key: string;
  /** Printed above the bar, full width, so long labels need no room beside it. */
  label: string;
  /** No value: the row shows `note` instead (e.g. "does not build"). */
  value?: number;
  note?: string;
  /** Which series style to draw with. */
  style?: number;
  /** Marks the row the learner's own setting produced. */
  highlight?: boolean;
}

const ROW = 44;
const BAR = 16;

/**
 * A labelled comparison: one horizontal bar per row, its label above it and its value
 * at its end, on a value axis that starts at zero. For results that are a few numbers
 * (a single measurement per series, parameter counts per group setting), where a line
 * chart would be one lonely point.
 */
export function BarChart({
  rows,
  title,
  valueLabel,
  legend = [],
  axis = true,
}: {
  rows: readonly BarRow[];
  title?: string;
  valueLabel?: string;
  legend?: { key: string; label: string; style: number }[];
  /**
   * The value axis and its grid lines. Off where a table of the same numbers sits beside
   * the chart: every bar already prints its value at its end, and the chart then carries
   * no folded data table either (a page of ten such charts is a tenth of the markup).
   */
  axis?: boolean;
}) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const descId = useId();
  const values = rows.flatMap((r) => (r.value !== undefined && Number.isFinite(r.value) ? [r.value] : []));
  const integer = isIntegerValued(values);
  const fmt = (v: number) => formatNumber(v, { locale });
  const margin = { top: 4, right: 56, bottom: !axis ? 0 : valueLabel ? 46 : 28, left: 4 };
  const innerW = Math.max(60, width - margin.left - margin.right);
  const innerH = rows.length * ROW;
  const count = tickCount(innerW, 70);
  const domain = axisDomain(values, { integer, zero: true, count });
  const ticks = axisTicks(domain, { count, integer });
  const tickText = formatTicks(ticks, locale);
  const x = scaleLinear<number>({ domain: [...domain], range: [0, innerW] });
  const band = scaleBand<string>({ domain: rows.map((r) => r.key), range: [0, innerH] });
  const summary = rows
    .map((r) => `${r.label}: ${r.value !== undefined ? fmt(r.value) : (r.note ?? '—')}${r.highlight ? ` (${t('selected')})` : ''}.`)
    .join(' ');
  const height = margin.top + innerH + margin.bottom;

  return (
    <ChartFrame
      title={title}
      legend={legend}
      table={
        axis
          ? () => ({
              head: [title ?? '', valueLabel ?? ''],
              rows: rows.map((r) => [r.label, r.value !== undefined ? fmt(r.value) : (r.note ?? '—')]),
            })
          : undefined
      }
    >
      <div ref={ref} className="w-full min-w-0">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={title ?? valueLabel ?? ''}
          aria-describedby={descId}
          className="block h-auto max-w-full"
        >
          <desc id={descId}>{summary}</desc>
          <Group left={margin.left} top={margin.top}>
            {axis && (
              <g className={GRID_CLASS}>
                <GridColumns scale={x} height={innerH} tickValues={ticks} stroke="currentColor" />
              </g>
            )}
            {rows.map((r) => {
              const top = band(r.key) ?? 0;
              const style = seriesStyle(r.style ?? 0);
              const w = r.value !== undefined ? Math.max(0, x(r.value) - x(0)) : 0;
              return (
                <g key={r.key} data-row={r.key}>
                  {r.highlight && (
                    <rect x={-margin.left} y={top} width={width} height={ROW} className="fill-indigo-50 dark:fill-indigo-950" />
                  )}
                  <text
                    x={0}
                    y={top + 14}
                    {...AXIS_TEXT}
                    className="fill-slate-800 dark:fill-slate-200"
                    fontWeight={r.highlight ? 600 : 400}
                  >
                    {r.highlight ? `${r.label} · ${t('selected')}` : r.label}
                  </text>
                  {r.value !== undefined ? (
                    <>
                      <Bar x={x(0)} y={top + 20} width={w} height={BAR} rx={2} className={style.fill} />
                      <text
                        x={x(0) + w + 6}
                        y={top + 20 + BAR / 2}
                        dy="0.33em"
                        {...AXIS_TEXT}
                        className="fill-slate-800 tabular-nums dark:fill-slate-200"
                      >
                        {fmt(r.value)}
                      </text>
                    </>
                  ) : (
                    <text x={x(0)} y={top + 20 + BAR / 2} dy="0.33em" {...AXIS_TEXT} className="fill-rose-700 dark:fill-rose-300">
                      {`✕ ${r.note ?? '—'}`}
                    </text>
                  )}
                </g>
              );
            })}
            {axis && (
              <g className={AXIS_CLASS} data-axis="x">
                <AxisBottom
                  top={innerH}
                  scale={x}
                  tickValues={ticks}
                  tickFormat={(_, i) => tickText[i]}
                  stroke="currentColor"
                  tickStroke="currentColor"
                  tickLabelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'middle' }}
                  label={valueLabel}
                  labelOffset={10}
                  labelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'middle' }}
                />
              </g>
            )}
          </Group>
        </svg>
      </div>
    </ChartFrame>
  );
}
