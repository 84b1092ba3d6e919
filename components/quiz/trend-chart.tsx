'use client';

import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';

import type { TrendPoint } from '@/lib/quiz/results';

const W = 560;
const H = 230;
const M = { top: 12, right: 16, bottom: 44, left: 44 };

/** Score per attempt (plain % and certainty score as % of the best), in a scalable SVG. */
export function TrendChart({ points, labels }: { points: TrendPoint[]; labels: { title: string; plain: string; cbm: string; x: string } }) {
  const x = scaleLinear({ domain: [1, Math.max(2, points.length)], range: [M.left, W - M.right] });
  const low = Math.min(0, ...points.map((p) => p.cbm ?? 0));
  const y = scaleLinear({ domain: [low, 100], range: [H - M.bottom, M.top], nice: true });
  const cbm = points.filter((p) => p.cbm !== null);
  const last = points.at(-1);
  const summary = last
    ? `${labels.title}: ${labels.plain} ${last.plain}${last.cbm !== null ? `, ${labels.cbm} ${last.cbm}` : ''}`
    : labels.title;
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full max-w-xl text-slate-600 dark:text-slate-300">
        <GridRows scale={y} left={M.left} width={W - M.left - M.right} numTicks={5} className="stroke-slate-200 dark:stroke-slate-700" />
        <Group>
          <LinePath
            data={points}
            x={(p) => x(p.n)}
            y={(p) => y(p.plain)}
            className="fill-none stroke-indigo-600 stroke-2 dark:stroke-indigo-400"
          />
          {points.map((p) => (
            <circle key={`p${p.n}`} cx={x(p.n)} cy={y(p.plain)} r={4} className="fill-indigo-600 dark:fill-indigo-400" />
          ))}
          {cbm.length > 0 && (
            <LinePath
              data={cbm}
              x={(p) => x(p.n)}
              y={(p) => y(p.cbm!)}
              strokeDasharray="6 4"
              className="fill-none stroke-amber-600 stroke-2 dark:stroke-amber-400"
            />
          )}
          {cbm.map((p) => (
            <rect key={`c${p.n}`} x={x(p.n) - 4} y={y(p.cbm!) - 4} width={8} height={8} className="fill-amber-600 dark:fill-amber-400" />
          ))}
        </Group>
        <AxisLeft
          left={M.left}
          scale={y}
          numTicks={5}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: 'currentColor', fontSize: 11 }}
        />
        <AxisBottom
          top={H - M.bottom}
          scale={x}
          numTicks={Math.min(points.length, 8)}
          tickFormat={(v) => String(v)}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: 'currentColor', fontSize: 11 }}
          label={labels.x}
          labelProps={{ fill: 'currentColor', fontSize: 11, textAnchor: 'middle' }}
        />
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm">
        <span className="flex items-center gap-2">
          <span aria-hidden className="inline-block h-0.5 w-6 bg-indigo-600 dark:bg-indigo-400" />
          {labels.plain}
        </span>
        {cbm.length > 0 && (
          <span className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-0.5 w-6 border-t-2 border-dashed border-amber-600 dark:border-amber-400" />
            {labels.cbm}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
