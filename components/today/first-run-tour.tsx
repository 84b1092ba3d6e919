'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { keyToMove, moveStep, TOUR_STEPS } from './tour-steps';

const HIGHLIGHT = ['ring-4', 'ring-amber-400', 'ring-offset-2', 'dark:ring-offset-slate-950'];

/**
 * The first-run tour: an inline step card at the top of Today (not a modal, so the page
 * stays usable around it). Buttons, arrows, Home/End and Escape work from the keyboard; each
 * step moves focus to its heading so a screen reader reads it. Finishing or skipping is
 * saved on the server (`done`), so the tour stays away on every device.
 */
export function FirstRunTour({ done }: { done: (input: { done: boolean }) => Promise<ActionResult> }) {
  const t = useTranslations('today.tour');
  const router = useRouter();
  const pathname = usePathname();
  const asked = useSearchParams().has('tour');
  const [step, setStep] = useState(0);
  const [open, setOpen] = useState(true);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const id = useId();
  const current = TOUR_STEPS[step]!;
  const last = step === TOUR_STEPS.length - 1;

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    const target = current.target ? document.getElementById(current.target) : null;
    target?.classList.add(...HIGHLIGHT);
    return () => target?.classList.remove(...HIGHLIGHT);
  }, [current, open]);

  if (!open)
    return failed ? (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        {t('saveFailed')}
      </p>
    ) : null;

  const go = (to: number) => {
    moved.current = true;
    setStep(to);
  };
  const close = async () => {
    setOpen(false);
    document.getElementById('today-title')?.focus();
    const saved = await done({ done: true }).catch(() => null);
    setFailed(!saved?.ok);
    // Reopened with ?tour=1: drop it, so a reload does not bring the tour back.
    if (asked) router.replace(pathname, { scroll: false });
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          void close();
          return;
        }
        const move = keyToMove(e.key);
        if (!move || (e.target as HTMLElement).tagName === 'A') return;
        e.preventDefault();
        go(moveStep(step, move));
      }}
      className="rounded-xl border-2 border-indigo-500 bg-indigo-50 p-4 shadow-sm sm:p-5 dark:border-indigo-400 dark:bg-slate-900"
    >
      <p className="text-xs font-semibold text-indigo-800 dark:text-indigo-200">
        {t('label')} · {t('progress', { step: step + 1, total: TOUR_STEPS.length })}
      </p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="mt-1 text-lg font-bold outline-none">
        {t(`${current.key}.title`)}
      </h2>
      <p id={`${id}-body`} className="mt-1 text-slate-700 dark:text-slate-200">
        {t(`${current.key}.body`)}
      </p>
      {current.key === 'lab' && (
        <p className="mt-2">
          <Link href="/lab" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {t('openLab')}
          </Link>
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {step > 0 && (
          <button type="button" className={secondaryButtonClass} onClick={() => go(step - 1)}>
            {t('back')}
          </button>
        )}
        {last ? (
          <button type="button" className={buttonClass} onClick={() => void close()}>
            {t('finish')}
          </button>
        ) : (
          <button type="button" className={buttonClass} onClick={() => go(step + 1)}>
            {t('next')}
          </button>
        )}
        <button
          type="button"
          className="ml-auto rounded-md px-2 py-1 text-sm text-slate-700 underline hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
          onClick={() => void close()}
        >
          {t('skip')}
        </button>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('keys')}</p>
    </section>
  );
}
