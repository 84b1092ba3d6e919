'use client';

import { useTranslations } from 'next-intl';
import type { Diagnostic } from '@/lib/content/types';
import { diagnosticText, type DiagnosticTranslator } from './diagnostic-text';

/** The content check's errors and warnings; each one moves the caret to its line. */
export function DiagnosticsList({ diagnostics, onGoTo, id }: { diagnostics: Diagnostic[]; onGoTo: (d: Diagnostic) => void; id: string }) {
  const t = useTranslations('deckEditor');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('problems')}{' '}
        <span id={id} className="text-sm font-normal text-slate-600 dark:text-slate-400" role="status">
          {diagnostics.length === 0 ? t('noProblems') : `${t('errorCount', { count: errors })} · ${t('warningCount', { count: warnings })}`}
        </span>
      </h2>
      {diagnostics.length > 0 && (
        <ul className="flex max-h-64 flex-col gap-1 overflow-auto">
          {diagnostics.map((d, i) => {
            const isError = d.severity === 'error';
            const where = t('at', { line: d.line, col: d.col });
            const kind = isError ? t('error') : t('warning');
            const text = diagnosticText(d, t as unknown as DiagnosticTranslator);
            return (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => onGoTo(d)}
                  className={`flex w-full flex-col items-start gap-0.5 rounded-md border px-3 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800/60 ${
                    isError
                      ? 'border-red-300 bg-red-50 dark:border-red-500/50 dark:bg-red-500/10'
                      : 'border-amber-300 bg-amber-50 dark:border-amber-500/50 dark:bg-amber-500/10'
                  }`}
                >
                  <span className="flex flex-wrap items-baseline gap-2">
                    <span className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-200">{where}</span>
                    <span className={`font-semibold ${isError ? 'text-red-700 dark:text-red-300' : 'text-amber-800 dark:text-amber-200'}`}>
                      {kind}
                    </span>
                  </span>
                  <span className="break-words text-slate-800 dark:text-slate-100">{text.message}</span>
                  <span className="text-xs break-words text-slate-600 dark:text-slate-300">
                    {t('fix')}: {text.fix}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
