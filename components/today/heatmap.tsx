import type { DayCount } from '@/lib/srs';

const shade = (count: number, max: number) => {
  if (count === 0) return 'bg-slate-200 dark:bg-slate-800';
  const level = Math.ceil((count / Math.max(1, max)) * 4);
  return [
    'bg-indigo-200 dark:bg-indigo-900',
    'bg-indigo-300 dark:bg-indigo-700',
    'bg-indigo-500 dark:bg-indigo-500',
    'bg-indigo-700 dark:bg-indigo-300',
  ][Math.min(3, level - 1)];
};

/** Reviews per learning day, oldest first, in columns of 7 days like a contribution graph. */
export function Heatmap({ days, label, cellLabel }: { days: DayCount[]; label: string; cellLabel: (d: DayCount) => string }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  return (
    <div role="img" aria-label={label} className="overflow-x-auto">
      <div className="grid w-max grid-flow-col grid-rows-7 gap-1">
        {days.map((d) => (
          <div key={d.day} title={cellLabel(d)} className={`size-3 rounded-sm sm:size-3.5 ${shade(d.count, max)}`} data-count={d.count} />
        ))}
      </div>
    </div>
  );
}
