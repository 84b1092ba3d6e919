'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { failureKey } from './action-error';

/**
 * A button whose action runs only after a second, explicit "confirm" step: archiving,
 * removing a learner, leaving a class, replacing a join code.
 */
export function ConfirmAction<T>({
  label,
  question,
  confirmLabel,
  done,
  action,
  input,
  danger = false,
  then,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  /** Toast after success. */
  done: string;
  action: (raw: unknown) => Promise<ActionResult<T>>;
  input: Record<string, string>;
  danger?: boolean;
  /** Where to go afterwards (default: stay and refresh). */
  then?: string;
}) {
  const t = useTranslations('classes');
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const r = await action(input);
      if (!r.ok) {
        toast.error(t(failureKey(r), { minutes: r.retryInMinutes ?? 1 }));
        return;
      }
      setAsking(false);
      toast.success(done);
      if (then) router.push(then);
      else router.refresh();
    });
  if (!asking)
    return (
      <button type="button" className={`${secondaryButtonClass} min-h-11 text-sm`} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div
      role="group"
      aria-label={question}
      className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-500/10"
    >
      <span className="text-amber-900 dark:text-amber-200">{question}</span>
      <button
        type="button"
        className={`${buttonClass} min-h-11 text-sm ${danger ? 'bg-red-700 hover:bg-red-600 focus-visible:outline-red-700' : ''}`}
        disabled={pending}
        onClick={run}
      >
        {confirmLabel}
      </button>
      <button type="button" className={`${secondaryButtonClass} min-h-11 text-sm`} disabled={pending} onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
