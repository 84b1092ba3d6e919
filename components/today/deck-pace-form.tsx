'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

type SetLimit = (raw: unknown) => Promise<ActionResult<{ newPerDay: number }>>;

/**
 * Raises (or sets) the learner's own new-card limit for one deck: one click for the
 * suggested pace, or any number. The queue then serves that many of the deck's new cards.
 */
export function DeckPaceForm({
  deckId,
  suggested,
  current,
  action,
}: {
  deckId: string;
  suggested: number;
  current: number | null;
  action: SetLimit;
}) {
  const t = useTranslations('today.assignments');
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(String(current ?? suggested));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = (newPerDay: string) =>
    start(async () => {
      const r = await action({ deckId, newPerDay });
      if (!r.ok) {
        setError(t('limitInvalid'));
        return;
      }
      setError(null);
      setValue(String(r.data.newPerDay));
      toast.success(t('limitSaved', { count: r.data.newPerDay }));
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      {current !== suggested && (
        <div>
          <button type="button" className={`${buttonClass} min-h-11 text-sm`} disabled={pending} onClick={() => save(String(suggested))}>
            {t('usePace', { count: suggested })}
          </button>
        </div>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          save(value);
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
            {t('ownLimit')}
          </label>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={9999}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="w-24 rounded-md border border-slate-300 bg-white px-2 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <button type="submit" className={`${secondaryButtonClass} min-h-11 text-sm`} disabled={pending}>
          {t('saveLimit')}
        </button>
        {error && (
          <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
