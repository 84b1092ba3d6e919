'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/field';
import type { ImportJobView } from '@/lib/db/imports';
import { vaultEntries } from '@/lib/import/vault';
import { zipVaultFolder } from './folder-zip';
import { ImportStatus, type Phase } from './import-status';

const POLL_MS = 700;
const inputClass =
  'w-full min-w-0 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 dark:file:bg-slate-800 dark:file:text-slate-100';

/**
 * Upload an Anki package, a vault zip or a vault folder (zipped here, so the server reads one
 * file either way), then poll the import job until it ends. `resume`: the learner's unfinished
 * job, picked up after a reload (or shown as interrupted when its server stopped).
 */
export function ImportForm({ maxMiB, maxDeckChars, resume }: { maxMiB: number; maxDeckChars: number; resume: ImportJobView | null }) {
  const t = useTranslations('import');
  const [phase, setPhase] = useState<Phase>(resume ? { step: 'job', jobId: resume.id, job: resume } : { step: 'idle' });
  const [kind, setKind] = useState(resume?.kind === 'obsidian' ? 'obsidian' : 'anki');
  const [folder, setFolder] = useState<File[]>([]);
  const notes = vaultEntries(folder.map((f) => ({ path: f.webkitRelativePath || f.name, size: f.size }))).length;
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const folderId = useId();
  const kindId = useId();

  const jobId = phase.step === 'job' ? phase.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    let stop = false;
    const poll = async () => {
      const res = await fetch(`/api/import/${encodeURIComponent(jobId)}`, { cache: 'no-store' }).catch(() => null);
      if (stop) return;
      if (!res?.ok) return setPhase({ step: 'error', message: t('errorGeneric') });
      const { job } = (await res.json()) as { job: ImportJobView };
      setPhase({ step: 'job', jobId, job });
      if (job.status === 'running') setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [jobId, t]);

  async function upload(form: HTMLFormElement) {
    const data = new FormData(form);
    if (kind === 'obsidian' && folder.length > 0) {
      const zipped = await zipVaultFolder(folder, maxMiB * 1024 * 1024);
      if (!zipped.ok) return setPhase({ step: 'error', message: t(`folderError.${zipped.error}`, { max: maxMiB }) });
      data.set('file', zipped.file);
    }
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setPhase({ step: 'error', message: t('errorNoFile') });
    if (file.size > maxMiB * 1024 * 1024) return setPhase({ step: 'error', message: t('errorTooLarge', { max: maxMiB }) });
    setPhase({ step: 'uploading' });
    const res = await fetch('/api/import', { method: 'POST', body: data }).catch(() => null);
    if (res?.status !== 202)
      return setPhase({ step: 'error', message: res?.status === 413 ? t('errorTooLarge', { max: maxMiB }) : t('errorGeneric') });
    const { jobId: id } = (await res.json()) as { jobId: string };
    setPhase({ step: 'job', jobId: id, job: null });
  }

  /** After an interruption: send the chosen file again, or ask for it (after a reload the form is empty). */
  function retry() {
    const chosen = (fileRef.current?.files?.length ?? 0) > 0 || (kind === 'obsidian' && folder.length > 0);
    if (chosen && formRef.current) return void upload(formRef.current);
    setPhase({ step: 'idle' });
    fileRef.current?.focus();
  }

  const running = phase.step === 'uploading' || (phase.step === 'job' && (!phase.job || phase.job.status === 'running'));
  return (
    <div className="flex flex-col gap-6">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void upload(e.currentTarget);
        }}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={kindId} className="text-sm font-medium">
            {t('kind')}
          </label>
          <select
            id={kindId}
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
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
            ref={fileRef}
            id={fileId}
            name="file"
            type="file"
            accept=".apkg,.colpkg,.zip"
            onChange={() => {
              setFolder([]);
              if (folderRef.current) folderRef.current.value = '';
            }}
            className={inputClass}
          />
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('fileHint', { max: maxMiB })}</p>
        </div>
        {kind === 'obsidian' && (
          <div className="flex flex-col gap-1">
            <label htmlFor={folderId} className="text-sm font-medium">
              {t('folder')}
            </label>
            {/* React passes unknown attributes through; the folder picker needs webkitdirectory. */}
            <input
              ref={folderRef}
              id={folderId}
              type="file"
              multiple
              {...{ webkitdirectory: '', directory: '' }}
              onChange={(e) => {
                setFolder([...(e.currentTarget.files ?? [])]);
                if (fileRef.current) fileRef.current.value = '';
              }}
              className={inputClass}
            />
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {folder.length > 0 ? t('folderChosen', { count: notes }) : t('folderHint')}
            </p>
          </div>
        )}
        <button type="submit" className={`${buttonClass} self-start`} disabled={running}>
          {t('submit')}
        </button>
      </form>
      <ImportStatus phase={phase} running={running} maxDeckChars={maxDeckChars} onRetry={retry} />
    </div>
  );
}
