import { extent, formatTick, niceExtent, niceTicks, type Extent } from './scale';

export interface ChartSeries {
  key: string;
  label: string;
  points: readonly { x: number; y: number }[];
}

const W = 640;
const H = 280;
const M = { left: 60, right: 16, top: 14, bottom: 46 };

// Literal class names so Tailwind sees them; dashes tell series apart without colour.
const PALETTE = [
  {
    stroke: 'stroke-indigo-600 dark:stroke-indigo-400',
    fill: 'fill-indigo-600 dark:fill-indigo-400',
    swatch: 'bg-indigo-600 dark:bg-indigo-400',
    dash: undefined,
  },
  {
    stroke: 'stroke-amber-600 dark:stroke-amber-400',
    fill: 'fill-amber-600 dark:fill-amber-400',
    swatch: 'bg-amber-600 dark:bg-amber-400',
    dash: '8 4',
  },
  {
    stroke: 'stroke-emerald-600 dark:stroke-emerald-400',
    fill: 'fill-emerald-600 dark:fill-emerald-400',
    swatch: 'bg-emerald-600 dark:bg-emerald-400',
    dash: '2 4',
  },
  {
    stroke: 'stroke-rose-600 dark:stroke-rose-400',
    fill: 'fill-rose-600 dark:fill-rose-400',
    swatch: 'bg-rose-600 dark:bg-rose-400',
    dash: '12 4 2 4',
  },
  {
    stroke: 'stroke-sky-600 dark:stroke-sky-400',
    fill: 'fill-sky-600 dark:fill-sky-400',
    swatch: 'bg-sky-600 dark:bg-sky-400',
    dash: '4 2',
  },
  {
    stroke: 'stroke-violet-600 dark:stroke-violet-400',
    fill: 'fill-violet-600 dark:fill-violet-400',
    swatch: 'bg-violet-600 dark:bg-violet-400',
    dash: '1 3',
  },
] as const;

/**
 * A small dependency-free SVG line chart. Scales with its container (viewBox),
 * follows dark mode through Tailwind classes, and describes itself to screen
 * readers (role="img" with a label that names each series and its last value).
 */
export function LineChart({
  series,
  title,
  xLabel,
  yLabel,
  ariaLabel,
  emptyText = '—',
  describeLast = (value) => value,
  className = '',
}: {
  series: readonly ChartSeries[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Overrides the generated accessible description. */
  ariaLabel?: string;
  emptyText?: string;
  /** Words around a series' last value in the accessible description, e.g. "last 0.93"; the caller translates. */
  describeLast?: (value: string) => string;
  className?: string;
}) {
  const all = series.flatMap((s) => s.points);
  const xs = niceExtent(extent(all.map((p) => p.x)));
  const ys = niceExtent(extent(all.map((p) => p.y)));
  const sx = (x: number) => M.left + ((x - xs.min) / (xs.max - xs.min)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - ys.min) / (ys.max - ys.min)) * (H - M.top - M.bottom);
  const label =
    ariaLabel ??
    [title, ...series.map((s) => `${s.label}: ${s.points.length ? describeLast(formatTick(s.points.at(-1)!.y)) : emptyText}`)]
      .filter(Boolean)
      .join('. ');

  return (
    <figure className={`w-full max-w-3xl ${className}`}>
      {title && <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{title}</figcaption>}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label}
        className="h-auto w-full overflow-visible text-slate-500 dark:text-slate-400"
      >
        <Axes xs={xs} ys={ys} sx={sx} sy={sy} xLabel={xLabel} yLabel={yLabel} />
        {all.length === 0 && (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="fill-current text-sm">
            {emptyText}
          </text>
        )}
        {series.map((s, i) => {
          const style = PALETTE[i % PALETTE.length]!;
          const pts = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
          const d = pts.map((p, j) => `${j === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
          return (
            <g key={s.key}>
              {pts.length > 1 && (
                <path d={d} fill="none" strokeWidth={2} strokeDasharray={style.dash} strokeLinejoin="round" className={style.stroke} />
              )}
              {pts.length <= 12 && pts.map((p, j) => <circle key={j} cx={sx(p.x)} cy={sy(p.y)} r={3.5} className={style.fill} />)}
            </g>
          );
        })}
      </svg>
      {series.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-hidden>
          {series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span className={`inline-block h-0.5 w-4 ${PALETTE[i % PALETTE.length]!.swatch}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

function Axes({
  xs,
  ys,
  sx,
  sy,
  xLabel,
  yLabel,
}: {
  xs: Extent;
  ys: Extent;
  sx: (x: number) => number;
  sy: (y: number) => number;
  xLabel?: string;
  yLabel?: string;
}) {
  const left = M.left;
  const bottom = H - M.bottom;
  return (
    <g className="text-[11px]">
      {niceTicks(ys).map((t) => (
        <g key={`y${t}`}>
          <line x1={left} x2={W - M.right} y1={sy(t)} y2={sy(t)} className="stroke-slate-200 dark:stroke-slate-700" />
          <text x={left - 6} y={sy(t)} dy="0.32em" textAnchor="end" className="fill-current">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {niceTicks(xs, 6).map((t) => (
        <text key={`x${t}`} x={sx(t)} y={bottom + 16} textAnchor="middle" className="fill-current">
          {formatTick(t)}
        </text>
      ))}
      <line x1={left} x2={W - M.right} y1={bottom} y2={bottom} className="stroke-slate-400 dark:stroke-slate-500" />
      <line x1={left} x2={left} y1={M.top} y2={bottom} className="stroke-slate-400 dark:stroke-slate-500" />
      {xLabel && (
        <text x={(left + W - M.right) / 2} y={H - 6} textAnchor="middle" className="fill-current text-xs">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text transform={`translate(14 ${(M.top + bottom) / 2}) rotate(-90)`} textAnchor="middle" className="fill-current text-xs">
          {yLabel}
        </text>
      )}
    </g>
  );
}
