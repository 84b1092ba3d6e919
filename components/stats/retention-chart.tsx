import type { DayReviews } from '@/lib/srs/stats-summary';

/** True retention per learning day on a 0-100% scale; a day without scheduled reviews is a gap. */
export function RetentionChart({ days, label, dayLabel }: { days: DayReviews[]; label: string; dayLabel: (day: string) => string }) {
  const first = days[0];
  const last = days.at(-1);
  return (
    <figure>
      <div className="flex gap-2">
        <div aria-hidden className="flex h-36 flex-col justify-between text-right text-xs text-slate-500 tabular-nums dark:text-slate-400">
          <span>100%</span>
          <span>50%</span>
          <span>0%</span>
        </div>
        <div role="img" aria-label={label} className="relative h-36 flex-1 border-b border-slate-300 dark:border-slate-700">
          <div aria-hidden className="absolute inset-x-0 top-0 border-t border-dashed border-slate-200 dark:border-slate-800" />
          <div aria-hidden className="absolute inset-x-0 top-1/2 border-t border-dashed border-slate-200 dark:border-slate-800" />
          <div className="relative flex h-full items-end gap-px sm:gap-1">
            {days.map((d) => {
              const p = d.retention.percent;
              return (
                <div
                  key={d.day}
                  className="flex h-full min-w-0 flex-1 items-end"
                  title={p === null ? dayLabel(d.day) : `${dayLabel(d.day)}: ${p}% (${d.retention.hit}/${d.retention.total})`}
                >
                  {p !== null && (
                    <div
                      className={`w-full rounded-t-sm ${p >= 80 ? 'bg-emerald-500 dark:bg-emerald-400' : p >= 60 ? 'bg-amber-500 dark:bg-amber-400' : 'bg-rose-500 dark:bg-rose-400'}`}
                      style={{ height: `${Math.max(2, p)}%` }}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {first && last && (
        <figcaption className="mt-1 ml-10 flex justify-between text-xs text-slate-500 dark:text-slate-400">
          <span>{dayLabel(first.day)}</span>
          <span>{dayLabel(last.day)}</span>
        </figcaption>
      )}
    </figure>
  );
}
