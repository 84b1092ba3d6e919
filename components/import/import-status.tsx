'use client';

import { useTranslations } from 'next-intl';
import { secondaryButtonClass } from '@/components/ui/field';
import type { ImportJobView } from '@/lib/db/imports';
import { ImportReportView } from './import-report';

export type Phase =
  { step: 'idle' } | { step: 'uploading' } | { step: 'job'; job: ImportJobView | null; jobId: string } | { step: 'error'; message: string };

const ERROR_CODES = new Set([
  'too-large',
  'too-many-entries',
  'bomb',
  'not-zip',
  'no-collection',
  'bad-collection',
  'batch-failed',
  'interrupted',
  'failed',
]);
/** Failures a second upload of the same file finishes: the decks already written are kept, nothing doubles. */
const RETRYABLE = new Set(['batch-failed', 'interrupted', 'failed']);

/** Progress while an import runs; then its report, or why it failed (with a way to try again). */
export function ImportStatus({
  phase,
  running,
  maxDeckChars,
  onRetry,
}: {
  phase: Phase;
  running: boolean;
  maxDeckChars: number;
  onRetry: () => void;
}) {
  const t = useTranslations('import');
  const job = phase.step === 'job' ? phase.job : null;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const code = ERROR_CODES.has(job?.errorCode ?? '') ? (job?.errorCode ?? 'failed') : 'failed';
  return (
    <>
      {running && (
        <div className="flex flex-col gap-2" aria-live="polite">
          <p className="text-sm">
            {phase.step === 'uploading'
              ? t('uploading')
              : job && job.total > 0
                ? t('importingDecks', { done: job.done, total: job.total })
                : t('importing')}
          </p>
          <div
            role="progressbar"
            aria-label={t('progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
          >
            <div className="h-full bg-indigo-600 transition-[width] dark:bg-indigo-400" style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
      {phase.step === 'error' && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {phase.message}
        </p>
      )}
      {job?.status === 'failed' && (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40">
          <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
            {t('failed', { reason: t(`error.${code}`) })}
          </p>
          {job.done > 0 && <p className="text-sm">{t('keptDecks', { done: job.done, total: job.total })}</p>}
          {RETRYABLE.has(code) && (
            <button type="button" onClick={onRetry} className={`${secondaryButtonClass} text-sm`}>
              {t('retry')}
            </button>
          )}
        </div>
      )}
      {job?.status === 'done' && job.report && <ImportReportView report={job.report} maxDeckChars={maxDeckChars} />}
    </>
  );
}
