'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { Html } from '@/components/review/html';

/** A multiple-choice item's own options, keys 1–9. Nothing is marked right or wrong here: that is the feedback's job. */
export function QuizOptions({
  options,
  multi,
  selected,
  disabled,
  onToggle,
}: {
  options: { html: string }[];
  multi: boolean;
  selected: ReadonlySet<number>;
  disabled: boolean;
  onToggle: (index: number) => void;
}) {
  const t = useTranslations('quiz.take');
  const name = useId();
  return (
    <fieldset className="mt-4 grid gap-2">
      <legend className="mb-1 text-sm text-slate-600 dark:text-slate-400">
        {multi ? t('chooseAll', { n: options.length }) : t('chooseOne', { n: options.length })}
      </legend>
      {options.map((o, i) => {
        const chosen = selected.has(i);
        return (
          <label
            key={i}
            className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 px-3 py-2 ${
              chosen
                ? 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40'
                : 'border-slate-300 dark:border-slate-700'
            }`}
          >
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={name}
              checked={chosen}
              disabled={disabled}
              onChange={() => onToggle(i)}
              aria-keyshortcuts={String(i + 1)}
              className="mt-1.5 size-4 accent-indigo-600"
            />
            <kbd className="mt-0.5 font-mono text-xs text-slate-600 dark:text-slate-300" aria-hidden>
              {i + 1}
            </kbd>
            <Html html={o.html} className="min-w-0 flex-1 [&_p]:my-0" />
          </label>
        );
      })}
    </fieldset>
  );
}
