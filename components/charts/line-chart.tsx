'use client';

import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { formatNumber, formatTicks } from '@/lib/format/number';
import { ChartFrame, type ChartTable } from './chart-frame';
import { AXIS_CLASS, AXIS_TEXT, GRID_CLASS, seriesStyle } from './palette';
import { axisDomain, axisTicks, extent, isIntegerValued, tickCount } from './ticks';
import { useWidth } from './use-width';

export interface ChartSeries {
  key: string;
  label: string;
  points: readonly { x: number; y: number }[];
}

const finite = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * A line chart drawn with visx at its container's real width: 12 px axis text on any
 * screen, whole-number ticks on whole-number axes (epochs, counts), a legend, and for
 * screen readers a summary of each series plus the numbers in a table.
 */
export function LineChart({
  series,
  title,
  xLabel,
  yLabel,
}: {
  series: readonly ChartSeries[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
}) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const descId = useId();
  const clean = series.map((s) => ({ ...s, points: s.points.filter(finite) }));
  const all = clean.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const xInt = isIntegerValued(xs);
  const yInt = isIntegerValued(ys);
  const fmt = (v: number) => formatNumber(v, { locale });

  const height = width < 480 ? 220 : 260;
  const innerH = height - 12 - (xLabel ? 48 : 30);
  const yCount = tickCount(innerH, 40);
  const yDomain = axisDomain(ys, { integer: yInt, zero: yInt && extent(ys)[0] >= 0, count: yCount });
  const yTicks = axisTicks(yDomain, { count: yCount, integer: yInt });
  const yTickText = formatTicks(yTicks, locale);
  const longest = Math.max(1, ...yTickText.map((s) => s.length));
  const margin = { top: 12, right: 16, bottom: xLabel ? 48 : 30, left: 14 + longest * 7 + (yLabel ? 30 : 0) };
  const innerW = Math.max(40, width - margin.left - margin.right);
  const xDomain = axisDomain(xs, { integer: xInt, nice: false });
  const xTicks = axisTicks(xDomain, { count: tickCount(innerW, 70), integer: xInt });
  const xTickText = formatTicks(xTicks, locale);
  const x = scaleLinear<number>({ domain: [...xDomain], range: [0, innerW] });
  const y = scaleLinear<number>({ domain: [...yDomain], range: [innerH, 0] });

  const summary = [
    all.length ? t('xRange', { axis: xLabel ?? 'x', from: fmt(xDomain[0]), to: fmt(xDomain[1]) }) : t('noData'),
    ...clean
      .filter((s) => s.points.length)
      .map((s) => {
        const [min, max] = extent(s.points.map((p) => p.y));
        return t('seriesSummary', {
          label: s.label,
          first: fmt(s.points[0]!.y),
          last: fmt(s.points.at(-1)!.y),
          min: fmt(min),
          max: fmt(max),
        });
      }),
  ].join(' ');
  const table = (): ChartTable => ({
    head: [xLabel ?? 'x', ...clean.map((s) => s.label)],
    rows: [...new Set(xs)]
      .sort((a, b) => a - b)
      .map((xv) => [
        fmt(xv),
        ...clean.map((s) => {
          const p = s.points.find((q) => q.x === xv);
          return p ? fmt(p.y) : '—';
        }),
      ]),
  });

  return (
    <ChartFrame
      title={title}
      legend={clean.map((s, i) => ({ key: s.key, label: s.label, style: i }))}
      table={all.length ? table : undefined}
    >
      <div ref={ref} className="w-full min-w-0">
        {all.length === 0 ? (
          <p className="grid h-40 place-items-center rounded-lg border border-dashed border-slate-300 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
            {t('noData')}
          </p>
        ) : (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={title ?? yLabel ?? t('noData')}
            aria-describedby={descId}
            className="block h-auto max-w-full"
          >
            <desc id={descId}>{summary}</desc>
            <Group left={margin.left} top={margin.top}>
              <g className={GRID_CLASS}>
                <GridRows scale={y} width={innerW} tickValues={yTicks} stroke="currentColor" />
              </g>
              <g className={AXIS_CLASS} data-axis="y">
                <AxisLeft
                  scale={y}
                  tickValues={yTicks}
                  tickFormat={(_, i) => yTickText[i]}
                  stroke="currentColor"
                  tickStroke="currentColor"
                  tickLabelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'end', dx: -2, dy: '0.33em' }}
                  label={yLabel}
                  labelOffset={longest * 7 + 14}
                  labelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'middle' }}
                />
              </g>
              <g className={AXIS_CLASS} data-axis="x">
                <AxisBottom
                  top={innerH}
                  scale={x}
                  tickValues={xTicks}
                  tickFormat={(_, i) => xTickText[i]}
                  stroke="currentColor"
                  tickStroke="currentColor"
                  tickLabelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'middle' }}
                  label={xLabel}
                  labelOffset={10}
                  labelProps={{ ...AXIS_TEXT, fontFamily: 'inherit', textAnchor: 'middle' }}
                />
              </g>
              {clean.map((s, i) => {
                const style = seriesStyle(i);
                return (
                  <g key={s.key}>
                    {s.points.length > 1 && (
                      <LinePath
                        data={[...s.points]}
                        x={(p) => x(p.x)}
                        y={(p) => y(p.y)}
                        fill="none"
                        strokeWidth={2}
                        strokeDasharray={style.dash}
                        strokeLinejoin="round"
                        className={style.stroke}
                      />
                    )}
                    {s.points.length <= 24 &&
                      s.points.map((p, j) => <circle key={j} cx={x(p.x)} cy={y(p.y)} r={3.5} className={style.fill} />)}
                  </g>
                );
              })}
            </Group>
          </svg>
        )}
      </div>
    </ChartFrame>
  );
}
