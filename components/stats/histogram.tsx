/** Horizontal bars, one row per bucket, with the count beside each bar. */
export function Histogram({ rows, label, barClass }: { rows: { label: string; count: number }[]; label: string; barClass: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div role="img" aria-label={label}>
      <ul aria-hidden className="flex flex-col gap-1.5">
        {rows.map((r) => (
          <li key={r.label} className="grid grid-cols-[5.5rem_1fr_2.5rem] items-center gap-2 text-sm">
            <span className="text-slate-600 tabular-nums dark:text-slate-400">{r.label}</span>
            <span className="h-4 rounded-sm bg-slate-100 dark:bg-slate-800">
              <span className={`block h-full rounded-sm ${barClass}`} style={{ width: `${(r.count / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">{r.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
