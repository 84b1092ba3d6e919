'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslations } from 'next-intl';
import { waitParts } from './wait-time';

/**
 * Shown when only same-day repeats are left and none is due yet: when the next one is due
 * (counting down), review it now anyway, or finish for now (the summary; the repeat stays
 * due today on the server and comes back in the next session).
 */
export function WaitingPanel({
  until,
  onReviewNow,
  onFinish,
  announce,
}: {
  /** When the next card is due (ms since epoch). */
  until: number;
  onReviewNow: () => void;
  onFinish: () => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('review.waiting');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = waitParts(until - now);
  const text = t(left.unit === 'min' ? 'nextInMinutes' : 'nextInSeconds', { count: left.value });
  // Announced once (a live countdown would talk every second); the timer itself is not live.
  const onShow = useEffectEvent(() => announce(`${t('title')} ${text}`));
  useEffect(() => onShow(), []);
  return (
    // Not a named region: its title names "card", which would match the card region's name.
    <div className="grid justify-items-center gap-4 rounded-xl border border-slate-200 bg-white p-6 text-center sm:p-8 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <p role="timer" aria-live="off" className="text-2xl font-semibold text-indigo-700 tabular-nums dark:text-indigo-300">
        {text}
      </p>
      <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">{t('why')}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={onReviewNow}
          className="min-h-11 rounded-md bg-indigo-600 px-4 font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t('reviewNow')}
        </button>
        <button
          type="button"
          onClick={onFinish}
          className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t('finish')}
        </button>
      </div>
    </div>
  );
}
