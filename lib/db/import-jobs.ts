import 'server-only';
import { ImportError } from '@/lib/import/limits';
import type { ImportReport } from '@/lib/import/report';
import { db } from './client';

/**
 * Import jobs: one row per upload, read by the progress bar and holding the report. Every
 * batch of an import runs in one transaction limited to BATCH_TIMEOUT_MS (a big deck's cards,
 * states and reviews are written row by row on PGlite's single connection).
 */
export const BATCH_TIMEOUT_MS = 120_000;

export interface ImportJobView {
  id: string;
  kind: string;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  report: ImportReport | null;
  errorCode: string | null;
  error: string | null;
}

type JobRow = Awaited<ReturnType<ReturnType<typeof db>['importJob']['findFirstOrThrow']>>;

function toView(j: JobRow): ImportJobView {
  return {
    id: j.id,
    kind: j.kind,
    fileName: j.fileName,
    status: j.status as ImportJobView['status'],
    done: j.done,
    total: j.total,
    report: (j.report as ImportReport | null) ?? null,
    errorCode: j.errorCode,
    error: j.error,
  };
}

export async function startImportJob(userId: string, kind: 'anki' | 'obsidian', fileName: string): Promise<string> {
  const job = await db().importJob.create({ data: { userId, kind, fileName: fileName.slice(0, 200) } });
  return job.id;
}

/** The caller's job, or null for anyone else's. */
export async function getImportJob(userId: string, jobId: string): Promise<ImportJobView | null> {
  const j = await db().importJob.findFirst({ where: { id: jobId, userId } });
  return j ? toView(j) : null;
}

/** Ends a job with a message the learner sees (a refused upload, a failed batch). */
export async function failImportJob(jobId: string, err: unknown) {
  const errorCode = err instanceof ImportError ? err.code : 'failed';
  const error = err instanceof ImportError ? err.message : `The import failed: ${err instanceof Error ? err.message : String(err)}`;
  await db().importJob.update({ where: { id: jobId }, data: { status: 'failed', errorCode, error } });
}

/** A write that shows the job's process is alive (reading and planning a big file take a while). */
export async function touchImportJob(jobId: string, data: { total?: number } = {}) {
  await db().importJob.update({ where: { id: jobId }, data: { ...data, updatedAt: new Date() } });
}
