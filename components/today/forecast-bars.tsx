import type { DayCount } from '@/lib/srs';

export function ForecastBars({ days, label, dayLabel }: { days: DayCount[]; label: string; dayLabel: (d: DayCount, i: number) => string }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  return (
    <ol aria-label={label} className="flex h-32 items-end gap-2">
      {days.map((d, i) => (
        <li key={d.day} className="flex flex-1 flex-col items-center gap-1" aria-label={`${dayLabel(d, i)}: ${d.count}`}>
          <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{d.count}</span>
          <div
            className="w-full rounded-t bg-indigo-500/80 dark:bg-indigo-400/80"
            style={{ height: `${Math.max(2, (d.count / max) * 80)}px` }}
          />
          <span className="text-xs text-slate-500 dark:text-slate-400">{dayLabel(d, i)}</span>
        </li>
      ))}
    </ol>
  );
}
