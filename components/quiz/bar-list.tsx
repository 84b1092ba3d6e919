/** Labelled horizontal percentage bars (calibration, topics); readable without colour and in print. */
export function BarList({ rows, label }: { rows: { key: string; label: string; pct: number | null; detail: string }[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-2">
      {rows.map((r) => (
        <li key={r.key} className="grid gap-1">
          <div className="flex flex-wrap justify-between gap-x-3 text-sm">
            <span className="min-w-0 [overflow-wrap:anywhere]">{r.label}</span>
            <span className="text-slate-700 tabular-nums dark:text-slate-300">{r.detail}</span>
          </div>
          <div className="h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-800 print:border print:border-slate-400" aria-hidden>
            <div className="h-full bg-indigo-600 dark:bg-indigo-400 print:bg-slate-700" style={{ width: `${r.pct ?? 0}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
