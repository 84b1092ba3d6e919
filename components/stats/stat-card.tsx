/** A headline number, a size smaller on phones so "5 h 18 min" or "80 / 118" fits a half-width card. */
export function StatCard({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums sm:text-3xl">{value}</dd>
      <dd className="mt-1 text-xs text-slate-500 dark:text-slate-400">{hint}</dd>
    </div>
  );
}
