'use client';

import { useTranslations } from 'next-intl';
import { CERTAINTY_LEVELS, type Certainty } from '@/lib/quiz/cbm';
import { CERTAINTY_KEYS } from './quiz-keys';

const LABEL = { 1: 'certaintyLow', 2: 'certaintyMid', 3: 'certaintyHigh' } as const;

/** Low / mid / high certainty, one key each (Q, W, E), shown on screen. */
export function CertaintyPicker({
  value,
  onChange,
  disabled,
}: {
  value: Certainty | null;
  onChange: (c: Certainty) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('quiz.take');
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{t('certainty')}</legend>
      <div className="grid grid-cols-3 gap-2">
        {CERTAINTY_LEVELS.map((c) => {
          const key = CERTAINTY_KEYS[c].toUpperCase();
          const on = value === c;
          return (
            <button
              key={c}
              type="button"
              aria-pressed={on}
              aria-keyshortcuts={key}
              disabled={disabled}
              onClick={() => onChange(c)}
              className={`flex min-h-11 flex-col items-center justify-center rounded-lg border-2 px-2 py-1 text-sm font-medium sm:flex-row sm:gap-2 ${
                on
                  ? 'border-indigo-600 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950/60 dark:text-indigo-100'
                  : 'border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'
              }`}
            >
              <span>{t(LABEL[c])}</span>
              <kbd aria-hidden className="font-mono text-xs text-slate-600 dark:text-slate-300">
                {key}
              </kbd>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
