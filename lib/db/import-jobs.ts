import 'server-only';
import { ImportError } from '@/lib/import/limits';
import type { ImportReport } from '@/lib/import/report';
import { db } from './client';
import type { Prisma } from './generated/client';

/**
 * Import jobs: one row per upload, read by the progress bar and holding the report.
 *
 * The process running a job writes to it after reading the file, after planning, and in
 * every batch's transaction (each limited to BATCH_TIMEOUT_MS, as a big deck's cards, states
 * and reviews are written row by row on PGlite's single connection). So a job still 'running'
 * with no write for STALE_AFTER_MS has lost its process (a killed or restarted server):
 * reading it ends it as 'interrupted'. With embedded PGlite only one process can open the
 * database, so at server start every running job is such an orphan (`interruptOrphanedImports`).
 * Every batch that committed is kept; running the same file again finishes the rest and
 * writes nothing twice (decks, cards and reviews are keyed by the file's own ids).
 */
export const BATCH_TIMEOUT_MS = 120_000;
export const STALE_AFTER_MS = 5 * 60_000;

export const INTERRUPTED_MESSAGE =
  'The import was interrupted — upload the file again; finished decks are kept and nothing is imported twice.';

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

/** Marks running jobs without a write since `cutoff` (all running jobs: no cutoff) as interrupted. */
async function interrupt(where: Prisma.ImportJobWhereInput, cutoff?: Date): Promise<number> {
  const { count } = await db().importJob.updateMany({
    where: { ...where, status: 'running', ...(cutoff ? { updatedAt: { lt: cutoff } } : {}) },
    data: { status: 'failed', errorCode: 'interrupted', error: INTERRUPTED_MESSAGE },
  });
  return count;
}

/** The caller's job; a job whose process is gone is ended as 'interrupted' first. */
export async function getImportJob(userId: string, jobId: string, now = new Date()): Promise<ImportJobView | null> {
  await interrupt({ id: jobId, userId }, new Date(now.getTime() - STALE_AFTER_MS));
  const j = await db().importJob.findFirst({ where: { id: jobId, userId } });
  return j ? toView(j) : null;
}

/** How long an interrupted or failed job is offered again on the import page. */
const RECENT_MS = 24 * 3_600_000;

/** The caller's newest job if it is still running, or stopped half-way in the last day (the import page picks it up). */
export async function getUnfinishedImportJob(userId: string, now = new Date()): Promise<ImportJobView | null> {
  await interrupt({ userId }, new Date(now.getTime() - STALE_AFTER_MS));
  const j = await db().importJob.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
  if (!j) return null;
  const stopped = j.status === 'failed' && (j.errorCode === 'interrupted' || j.errorCode === 'batch-failed');
  return j.status === 'running' || (stopped && j.updatedAt.getTime() > now.getTime() - RECENT_MS) ? toView(j) : null;
}

/** At the start of the only process that may open an embedded database: every running job is an orphan. */
export async function interruptOrphanedImports(): Promise<number> {
  return interrupt({});
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
