import { Group } from '@visx/group';
import { HeatmapRect } from '@visx/heatmap';
import { useLocale, useTranslations } from 'next-intl';
import { heatmapLayout, levelRanges, type DayCount, type HeatmapCell } from './heatmap-layout';

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 34; // weekday labels
const TOP = 18; // month labels
const RIGHT = 14; // room for a month label over the last column

// Literal class names so Tailwind sees them: SVG fill and the legend's swatches.
const SHADES = [
  { fill: 'fill-slate-200 dark:fill-slate-700', bg: 'bg-slate-200 dark:bg-slate-700' },
  { fill: 'fill-indigo-200 dark:fill-indigo-900', bg: 'bg-indigo-200 dark:bg-indigo-900' },
  { fill: 'fill-indigo-400 dark:fill-indigo-700', bg: 'bg-indigo-400 dark:bg-indigo-700' },
  { fill: 'fill-indigo-600 dark:fill-indigo-500', bg: 'bg-indigo-600 dark:bg-indigo-500' },
  { fill: 'fill-indigo-800 dark:fill-indigo-300', bg: 'bg-indigo-800 dark:bg-indigo-300' },
] as const;

const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * Reviews per learning day as a calendar: weeks in columns, weekdays in rows, months
 * along the top and a legend of what each shade counts. Server-rendered SVG at its real
 * pixel size (text stays 12 px); wider than a phone, it scrolls inside itself and starts
 * at the most recent week. Screen readers get a one-sentence summary.
 */
export function Heatmap({ days, label, cellLabel }: { days: DayCount[]; label: string; cellLabel: (d: DayCount) => string }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  // en starts weeks on Sunday, as US calendars do; zh-CN on Monday.
  const layout = heatmapLayout(days, locale === 'en' ? 0 : 1);
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const weekdayFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2026-11-01 was a Sunday: weekday w falls on the (w+1)-th.
  const weekdayName = (w: number) => weekdayFmt.format(new Date(Date.UTC(2026, 10, 1 + w, 12)));
  const dayFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const busiest = layout.cells.reduce<HeatmapCell | undefined>((a, c) => (!a || c.count > a.count ? c : a), undefined);
  const summary =
    layout.total === 0 || !busiest
      ? t('heatmapEmpty', { days: days.length })
      : t('heatmapSummary', {
          total: layout.total,
          active: layout.activeDays,
          days: days.length,
          day: dayFmt.format(asDate(busiest.day)),
          max: layout.max,
        });
  const width = LEFT + layout.columns * STEP + RIGHT;
  // Wider than the narrowest panel (320 px screen): it may scroll, so it must take focus.
  const mayScroll = width > 256;
  const height = TOP + 7 * STEP;
  const columns = Array.from({ length: layout.columns }, (_, col) => ({
    col,
    bins: Array.from({ length: 7 }, (_, row) => layout.cells.find((c) => c.col === col && c.row === row) ?? null),
  }));

  return (
    <figure className="grid gap-3">
      {/* rtl: a heatmap wider than the screen opens on its latest weeks and scrolls back in time. */}
      <div
        dir="rtl"
        className="w-fit max-w-full overflow-x-auto"
        {...(mayScroll ? { tabIndex: 0, role: 'group', 'aria-label': t('heatmapScroll') } : {})}
      >
        <div dir="ltr">
          <svg width={width} height={height} role="img" aria-label={t('heatmapLabel', { title: label, summary })} className="block">
            <Group top={TOP} left={LEFT}>
              <HeatmapRect
                data={columns}
                bins={(c) => c.bins}
                count={(bin) => bin?.count ?? 0}
                xScale={(col) => col * STEP}
                yScale={(row) => row * STEP}
                binWidth={STEP}
                binHeight={STEP}
                gap={GAP}
              >
                {(grid) =>
                  grid.flat().map((cell) =>
                    cell.bin ? (
                      <rect
                        key={cell.bin.day}
                        x={cell.x}
                        y={cell.y - GAP}
                        width={CELL}
                        height={CELL}
                        rx={2}
                        className={SHADES[cell.bin.level]!.fill}
                        data-count={cell.bin.count}
                      >
                        <title>{cellLabel(cell.bin)}</title>
                      </rect>
                    ) : null,
                  )
                }
              </HeatmapRect>
            </Group>
            <g fontSize={12} className="fill-slate-600 dark:fill-slate-300" aria-hidden>
              {layout.months.map((m) => (
                <text key={`${m.year}-${m.month}`} x={LEFT + m.col * STEP} y={12}>
                  {monthFmt.format(new Date(Date.UTC(m.year, m.month - 1, 15)))}
                </text>
              ))}
              {layout.weekdays.map((w, row) =>
                w === 1 || w === 3 || w === 5 ? (
                  <text key={w} x={LEFT - 6} y={TOP + row * STEP + CELL - 2} textAnchor="end">
                    {weekdayName(w)}
                  </text>
                ) : null,
              )}
            </g>
          </svg>
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
        <span>{t('heatmapLegend')}</span>
        <ul className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label={t('heatmapLegend')}>
          {levelRanges(layout.max).map((r) => (
            <li key={r.level} className="flex items-center gap-1 tabular-nums">
              <span aria-hidden className={`inline-block size-3 rounded-sm ${SHADES[r.level]!.bg}`} />
              {r.from === r.to ? r.from : `${r.from}–${r.to}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
