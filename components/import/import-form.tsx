'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/field';
import type { ImportJobView } from '@/lib/db/imports';
import { ImportReportView } from './import-report';

type Phase =
  { step: 'idle' } | { step: 'uploading' } | { step: 'job'; job: ImportJobView | null; jobId: string } | { step: 'error'; message: string };

const POLL_MS = 700;
const ERROR_CODES = new Set(['too-large', 'too-many-entries', 'bomb', 'not-zip', 'no-collection', 'bad-collection', 'failed']);

/** Upload an Anki package or a vault zip, then poll the import job until it ends. */
export function ImportForm({ maxMiB }: { maxMiB: number }) {
  const t = useTranslations('import');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const fileId = useId();
  const kindId = useId();

  const jobId = phase.step === 'job' ? phase.jobId : null;
  const running = phase.step === 'uploading' || (phase.step === 'job' && phase.job?.status !== 'done' && phase.job?.status !== 'failed');
  useEffect(() => {
    if (!jobId) return;
    let stop = false;
    const poll = async () => {
      const res = await fetch(`/api/import/${encodeURIComponent(jobId)}`, { cache: 'no-store' });
      if (stop) return;
      if (!res.ok) return setPhase({ step: 'error', message: t('errorGeneric') });
      const { job } = (await res.json()) as { job: ImportJobView };
      setPhase({ step: 'job', jobId, job });
      if (job.status === 'running') setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [jobId, t]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setPhase({ step: 'error', message: t('errorNoFile') });
    if (file.size > maxMiB * 1024 * 1024) return setPhase({ step: 'error', message: t('errorTooLarge', { max: maxMiB }) });
    setPhase({ step: 'uploading' });
    const res = await fetch('/api/import', { method: 'POST', body: data });
    if (res.status !== 202)
      return setPhase({ step: 'error', message: res.status === 413 ? t('errorTooLarge', { max: maxMiB }) : t('errorGeneric') });
    const { jobId: id } = (await res.json()) as { jobId: string };
    setPhase({ step: 'job', jobId: id, job: null });
  }

  const job = phase.step === 'job' ? phase.job : null;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={submit}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={kindId} className="text-sm font-medium">
            {t('kind')}
          </label>
          <select
            id={kindId}
            name="kind"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
          >
            <option value="anki">{t('kindAnki')}</option>
            <option value="obsidian">{t('kindObsidian')}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={fileId} className="text-sm font-medium">
            {t('file')}
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".apkg,.colpkg,.zip"
            className="w-full min-w-0 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 dark:file:bg-slate-800 dark:file:text-slate-100"
          />
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('fileHint', { max: maxMiB })}</p>
        </div>
        <button type="submit" className={`${buttonClass} self-start`} disabled={running}>
          {t('submit')}
        </button>
      </form>

      {running && (
        <div className="flex flex-col gap-2" aria-live="polite">
          <p className="text-sm">{phase.step === 'uploading' ? t('uploading') : t('importing')}</p>
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
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t('failed', { reason: t(`error.${ERROR_CODES.has(job.errorCode ?? '') ? job.errorCode : 'failed'}`) })}
        </p>
      )}
      {job?.status === 'done' && job.report && <ImportReportView report={job.report} />}
    </div>
  );
}
