'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/auth/guard';
import type { SessionForecast } from '@/lib/review/types';
import { dayKey, daysBetween, formatInterval, sessionSummary, type GradeScale, type SessionAnswer } from '@/lib/srs';
import { gradeLabelKey } from './grade-bar';
import { Html } from './html';
import type { Answered } from './session-state';
import { seconds } from './session-header';

/** The end of a session: how it went, when each card comes back, and what is due in the coming days. */
export function SessionSummary({
  answers,
  answered,
  scale,
  timeZone,
  rolloverHour,
  loadForecast,
}: {
  answers: SessionAnswer[];
  answered: Answered[];
  scale: GradeScale;
  timeZone: string;
  rolloverHour: number;
  loadForecast: () => Promise<ActionResult<SessionForecast>>;
}) {
  const t = useTranslations('review');
  const locale = useLocale();
  const [forecast, setForecast] = useState<SessionForecast | 'error' | null>(null);
  useEffect(() => {
    let live = true;
    loadForecast()
      .then((r) => live && setForecast(r.ok ? r.data : 'error'))
      .catch(() => live && setForecast('error'));
    return () => {
      live = false;
    };
  }, [loadForecast]);

  // The learning day's totals from the review log once loaded (a reload must not restart the
  // count); this page's own answers until then, or if the server cannot be reached.
  const s = forecast && forecast !== 'error' ? forecast.today : sessionSummary(answers);
  const minutes = Math.floor(s.timeMs / 60_000);
  const time =
    minutes > 0
      ? t('summary.minutes', { m: minutes, s: Math.round((s.timeMs % 60_000) / 1000) })
      : t('summary.seconds', { s: seconds(s.timeMs) });
  const acked = answered.filter((a) => a.ack);
  const max = forecast && forecast !== 'error' ? Math.max(1, ...forecast.days.map((d) => d.count)) : 1;
  const dayLabel = (day: string, i: number) =>
    i === 0
      ? t('summary.today')
      : new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${day}T00:00:00Z`),
        );

  return (
    <section
      aria-labelledby="review-summary"
      className="grid gap-6 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="review-summary" className="text-xl font-semibold">
        {answers.length > 0 || s.reviewed > 0 ? t('summary.title') : t('summary.empty')}
      </h2>
      <p className="-mt-4 text-sm text-slate-600 dark:text-slate-400">{t('summary.dayTotals')}</p>
      <dl aria-label={t('summary.dayTotals')} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          [t('summary.reviewed'), String(s.reviewed)],
          [t('summary.correct'), `${s.correctPercent}%`],
          [t('summary.time'), time],
          [t('summary.average'), t('summary.seconds', { s: seconds(s.averageMs) })],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {acked.length > 0 && (
        <div>
          <h3 className="mb-2 font-medium">{t('summary.nextDue')}</h3>
          <ol aria-label={t('summary.nextDue')} className="grid gap-1 text-sm">
            {acked.map((a) => {
              const st = a.ack!.state;
              const from = dayKey(new Date(st.lastReview ?? st.due), timeZone, rolloverHour);
              const days = daysBetween(from, dayKey(new Date(st.due), timeZone, rolloverHour));
              return (
                <li key={a.key} className="flex items-center gap-3 border-b border-slate-100 py-1 last:border-0 dark:border-slate-800">
                  <Html html={a.item.frontHtml} className="line-clamp-1 min-w-0 flex-1 [&_p]:my-0" />
                  <span className="shrink-0 text-slate-600 dark:text-slate-400">{t(gradeLabelKey(scale, a.grade))}</span>
                  <span className="w-24 shrink-0 text-right font-medium tabular-nums" data-testid="next-interval">
                    {st.repeatToday ? t('summary.nextWithRepeat', { interval: formatInterval(days) }) : formatInterval(days)}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <div>
        <h3 className="mb-2 font-medium">{t('summary.forecast')}</h3>
        {forecast === null && <p className="text-sm text-slate-500 dark:text-slate-400">{t('summary.loadingForecast')}</p>}
        {forecast === 'error' && <p className="text-sm text-slate-500 dark:text-slate-400">{t('summary.forecastFailed')}</p>}
        {forecast && forecast !== 'error' && (
          <ol aria-label={t('summary.forecast')} className="grid gap-1 text-sm">
            {forecast.days.map((d, i) => (
              <li key={d.day} className="grid grid-cols-[6rem_1fr_2.5rem] items-center gap-2">
                <span className="text-slate-600 dark:text-slate-400">{dayLabel(d.day, i)}</span>
                <span className="h-2 rounded-full bg-slate-100 dark:bg-slate-800">
                  <span className="block h-full rounded-full bg-indigo-500" style={{ width: `${(100 * d.count) / max}%` }} />
                </span>
                <span className="text-right tabular-nums">{d.count}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <Link
        href="/"
        className="inline-flex min-h-11 items-center justify-center justify-self-start rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500"
      >
        {t('summary.backToToday')}
      </Link>
    </section>
  );
}
