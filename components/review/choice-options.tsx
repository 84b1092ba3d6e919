'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { ChoiceResult } from '@/lib/quiz/choice';
import type { ReviewItem } from '@/lib/review/types';
import { Html } from './html';
import { OPTION_KEYS } from './keyboard';

type Option = NonNullable<ReviewItem['options']>[number];

/** Multiple-choice options: radios (one correct option) or checkboxes (several), keys A–F. */
export function ChoiceOptions({
  options,
  multi,
  selected,
  result,
  onToggle,
}: {
  options: Option[];
  multi: boolean;
  selected: ReadonlySet<number>;
  /** Set once the choice has been checked: options are locked and marked. */
  result: ChoiceResult | null;
  onToggle: (index: number) => void;
}) {
  const t = useTranslations('review');
  const name = useId();
  return (
    <fieldset className="mt-4 grid gap-2">
      <legend className="mb-1 text-sm text-slate-600 dark:text-slate-400">{multi ? t('choice.chooseAll') : t('choice.chooseOne')}</legend>
      {options.map((o, i) => {
        const letter = (OPTION_KEYS[i] ?? '').toUpperCase();
        const chosen = selected.has(i);
        let mark = 'border-slate-300 dark:border-slate-700';
        let verdict: string | null = null;
        if (result && o.correct) {
          mark = 'border-green-500 bg-green-50 dark:border-green-600 dark:bg-green-950/40';
          verdict = chosen ? t('choice.correct') : t('choice.missed');
        } else if (result && chosen) {
          mark = 'border-red-500 bg-red-50 dark:border-red-600 dark:bg-red-950/40';
          verdict = t('choice.wrong');
        } else if (chosen) {
          mark = 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40';
        }
        return (
          <label key={i} className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 px-3 py-2 ${mark}`}>
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={name}
              checked={chosen}
              disabled={result !== null}
              onChange={() => onToggle(i)}
              aria-keyshortcuts={letter}
              className="mt-1.5 size-4 accent-indigo-600"
            />
            <kbd className="mt-0.5 font-mono text-xs text-slate-500 dark:text-slate-400" aria-hidden>
              {letter}
            </kbd>
            <Html html={o.html} className="min-w-0 flex-1 [&_p]:my-0" />
            {verdict && <span className="text-sm font-medium">{verdict}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
