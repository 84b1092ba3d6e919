'use client';

import { useTranslations } from 'next-intl';
import type { TypedResult } from '@/lib/quiz/typed';

const verdictTone: Record<TypedResult['verdict'], string> = {
  exact: 'text-green-700 dark:text-green-400',
  close: 'text-amber-700 dark:text-amber-400',
  wrong: 'text-red-700 dark:text-red-400',
};

/**
 * The typed-answer field (Enter submits) and, once submitted, the normalized comparison and its diff.
 * A close answer offers "Count as correct" (key O, see ./keyboard.ts).
 */
export function TypedAnswer({
  value,
  onChange,
  onSubmit,
  onOverride,
  result,
}: {
  value: string;
  onChange: (v: string) => void;
  onSubmit: () => void;
  onOverride: () => void;
  result: TypedResult | null;
}) {
  const t = useTranslations('review');
  return (
    <div className="mt-4 grid gap-3">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!result) onSubmit();
        }}
        className="flex gap-2"
      >
        <input
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          readOnly={result !== null}
          autoFocus
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="done"
          aria-label={t('typed.label')}
          placeholder={t('typed.placeholder')}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none read-only:bg-slate-50 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-slate-700 dark:bg-slate-900 dark:read-only:bg-slate-800"
        />
        {!result && (
          <button
            type="submit"
            className="min-h-11 rounded-md bg-indigo-600 px-4 font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {t('typed.check')}
          </button>
        )}
      </form>
      {result && (
        <div className="grid gap-1 text-sm">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p className={`font-medium ${verdictTone[result.verdict]}`}>
              {t(result.overridden ? 'typed.overridden' : `typed.${result.verdict}`)}
            </p>
            {result.verdict === 'close' && (
              <button
                type="button"
                onClick={onOverride}
                aria-keyshortcuts="O"
                className="min-h-9 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
              >
                {t('typed.override')}
                <kbd className="ml-2 hidden font-mono text-xs text-slate-500 sm:inline dark:text-slate-400">O</kbd>
              </button>
            )}
          </div>
          <p>
            <span className="text-slate-600 dark:text-slate-400">{t('typed.expected')} </span>
            <span className="font-mono">{result.answer}</span>
          </p>
          {result.distance > 0 && (
            <p aria-label={t('typed.diffLabel')}>
              <span className="text-slate-600 dark:text-slate-400">{t('typed.diff')} </span>
              <span className="font-mono break-all">
                {result.diff.map((part, i) =>
                  part.op === 'equal' ? (
                    <span key={i}>{part.text}</span>
                  ) : part.op === 'missing' ? (
                    <ins
                      key={i}
                      title={t('typed.missing')}
                      className="bg-green-100 text-green-900 no-underline dark:bg-green-900/50 dark:text-green-200"
                    >
                      {part.text}
                    </ins>
                  ) : (
                    <del key={i} title={t('typed.extra')} className="bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-200">
                      {part.text}
                    </del>
                  ),
                )}
              </span>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
