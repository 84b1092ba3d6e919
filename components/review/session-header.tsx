'use client';

import { useTranslations } from 'next-intl';

/** Progress through the session (done / left) and, quietly, the time the last card took. */
export function SessionHeader({ done, left, lastMs, averageMs }: { done: number; left: number; lastMs: number | null; averageMs: number }) {
  const t = useTranslations('review');
  const total = done + left;
  const percent = total === 0 ? 100 : Math.round((100 * done) / total);
  return (
    <div className="grid gap-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium tabular-nums">{t('progressText', { done, left })}</span>
        {lastMs !== null && (
          <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
            {t('cardTime', { last: seconds(lastMs), average: seconds(averageMs) })}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={t('progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progressText', { done, left })}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width] dark:bg-indigo-400" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** Seconds with one decimal under 10 s, whole seconds above. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 10 ? s.toFixed(1) : String(Math.round(s));
}
