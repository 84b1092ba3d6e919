import type { DayReviews } from '@/lib/srs/stats-summary';

// Literal class names so Tailwind sees them; the legend repeats the order of the stack.
export const KIND_STYLE = {
  new: 'bg-sky-500 dark:bg-sky-400',
  review: 'bg-indigo-600 dark:bg-indigo-400',
  repeat: 'bg-amber-500 dark:bg-amber-400',
} as const;
const KINDS = ['review', 'repeat', 'new'] as const;

export function Legend({ items }: { items: { label: string; className: string }[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <span aria-hidden className={`size-2.5 rounded-sm ${i.className}`} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/** Reviews per learning day, stacked by kind, oldest left, today right. */
export function DayBars({
  days,
  label,
  kindLabel,
  dayLabel,
}: {
  days: DayReviews[];
  label: string;
  kindLabel: (kind: (typeof KINDS)[number]) => string;
  dayLabel: (day: string) => string;
}) {
  const max = Math.max(1, ...days.map((d) => d.new + d.review + d.repeat));
  const first = days[0];
  const last = days.at(-1);
  return (
    <figure>
      <div role="img" aria-label={label} className="flex h-36 items-end gap-px border-b border-slate-300 sm:gap-1 dark:border-slate-700">
        {days.map((d) => {
          const total = d.new + d.review + d.repeat;
          return (
            <div
              key={d.day}
              title={`${dayLabel(d.day)}: ${total}`}
              className="flex h-full min-w-0 flex-1 flex-col-reverse"
              data-total={total}
            >
              {KINDS.map((k) =>
                d[k] > 0 ? (
                  <div
                    key={k}
                    className={`w-full first:rounded-none last:rounded-t-sm ${KIND_STYLE[k]}`}
                    style={{ height: `${(d[k] / max) * 100}%` }}
                  />
                ) : null,
              )}
            </div>
          );
        })}
      </div>
      {first && last && (
        <figcaption className="mt-1 flex justify-between text-xs text-slate-500 dark:text-slate-400">
          <span>{dayLabel(first.day)}</span>
          <span>{dayLabel(last.day)}</span>
        </figcaption>
      )}
      <Legend items={KINDS.map((k) => ({ label: kindLabel(k), className: KIND_STYLE[k] }))} />
    </figure>
  );
}
