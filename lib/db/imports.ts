import 'server-only';
import { db } from './client';
import { writeBatch, type Batch, type BatchResult, type Skipped } from './import-batch';
import { BATCH_TIMEOUT_MS, failImportJob, getImportJob, touchImportJob, type ImportJobView } from './import-jobs';
import { readAnkiPackage } from '@/lib/import/anki-package';
import { planImport } from '@/lib/import/anki-map';
import { DEFAULT_LIMITS, ImportError, type ImportLimits } from '@/lib/import/limits';
import { planObsidian } from '@/lib/import/obsidian';
import { groupSkips, type ImportReport } from '@/lib/import/report';
import { loadSqlJs } from '@/lib/import/sqljs';
import type { Prisma } from './generated/client';

export {
  failImportJob,
  getImportJob,
  getUnfinishedImportJob,
  interruptOrphanedImports,
  startImportJob,
  type ImportJobView,
} from './import-jobs';

/**
 * Anki and Obsidian imports into the importer's own (private) decks. Every source deck is
 * one batch, written in ONE transaction: the deck and its cards (saveOwnedDeck; ids stable:
 * the anchors come from the Anki GUID or the parser's ids), its schedules, its reviews (keyed
 * `anki:<revlog id>`, so a repeat skips them) and the job's progress. A batch that fails
 * leaves nothing of itself behind and ends the job as failed; the batches before it stay,
 * and running the same file again completes the job and changes nothing twice.
 */

export interface ImportOptions {
  now?: Date;
  /** Called after each batch has committed (the CLI prints progress). */
  onBatch?: (done: number, total: number) => void | Promise<void>;
}

async function dayOptions(userId: string) {
  const u = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, rolloverHour: true } });
  return { timeZone: u.timeZone, rolloverHour: u.rolloverHour };
}

/** Writes the batches, each in one transaction with the job's progress; returns the totals. */
async function writeBatches(
  userId: string,
  jobId: string,
  kind: 'anki' | 'obsidian',
  batches: Batch[],
  now: Date,
  onBatch?: ImportOptions['onBatch'],
) {
  await touchImportJob(jobId, { total: batches.length });
  const decks: ImportReport['decks'] = [];
  const failed: Skipped[] = [];
  let scheduled = 0;
  let reviews = 0;
  for (const [i, b] of batches.entries()) {
    let out: BatchResult;
    try {
      // PGlite has one connection: nothing in here may use db() instead of tx.
      out = await db().$transaction(
        async (tx) => {
          const result = await writeBatch(tx, userId, kind, b, now);
          await tx.importJob.update({ where: { id: jobId }, data: { done: i + 1 } });
          return result;
        },
        { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
      );
    } catch (err) {
      const kept = i === 0 ? 'No deck was imported' : `The ${i} deck${i === 1 ? '' : 's'} before it were imported and are kept`;
      throw new ImportError(
        'batch-failed',
        `The deck “${b.title}” (${i + 1} of ${batches.length}) could not be saved, and nothing of it was written: ${reason(err)}. ${kept}; importing the same file again adds nothing twice.`,
      );
    }
    if (out.ok) {
      decks.push(out.deck);
      scheduled += out.states;
      reviews += out.reviews;
    } else failed.push(out.skip);
    await onBatch?.(i + 1, batches.length);
  }
  return { decks, scheduled, reviews, failed };
}

/** The last line of an error (Prisma's messages start with the call site), at most 300 characters. */
const reason = (err: unknown): string =>
  (
    (err instanceof Error ? err.message : String(err))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? 'unknown error'
  )
    .replace(/\.$/, '')
    .slice(0, 300);

/** Imports an .apkg/.colpkg into job `jobId`. Never throws: a refusal or failure ends up on the job. */
export async function runAnkiImport(
  userId: string,
  jobId: string,
  bytes: Uint8Array,
  options: ImportOptions & { limits?: ImportLimits } = {},
): Promise<ImportJobView | null> {
  const now = options.now ?? new Date();
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const pkg = readAnkiPackage(await loadSqlJs(), bytes, limits);
    await touchImportJob(jobId);
    const plan = planImport(pkg, { now, limits, ...(await dayOptions(userId)) });
    const batches: Batch[] = plan.decks.map((d) => {
      const ids = new Set(d.cardIds);
      return {
        key: d.title,
        title: d.title,
        markdown: d.markdown,
        states: new Map([...plan.states].filter(([id]) => ids.has(id))),
        reviews: plan.reviews.filter((r) => ids.has(r.cardId)),
      };
    });
    const out = await writeBatches(userId, jobId, 'anki', batches, now, options.onBatch);
    const report: ImportReport = {
      kind: 'anki',
      decks: out.decks,
      notes: plan.counts.notes,
      cards: plan.counts.cards,
      scheduled: out.scheduled,
      reviews: out.reviews,
      media: plan.counts.media,
      skipped: groupSkips([...plan.skipped, ...out.failed]),
    };
    await db().importJob.update({
      where: { id: jobId },
      data: { status: out.failed.length && !out.decks.length ? 'failed' : 'done', report: report as unknown as Prisma.InputJsonValue },
    });
  } catch (err) {
    await failImportJob(jobId, err);
  }
  return getImportJob(userId, jobId);
}

/** Imports vault files (path → text) into job `jobId`. */
export async function runObsidianImport(
  userId: string,
  jobId: string,
  files: ReadonlyMap<string, string>,
  options: ImportOptions = {},
): Promise<ImportJobView | null> {
  const now = options.now ?? new Date();
  try {
    const plan = planObsidian(files, await dayOptions(userId));
    const batches: Batch[] = plan.decks.map((d) => ({
      key: d.path,
      title: d.title,
      markdown: d.markdown,
      states: new Map(
        d.cardIds.flatMap((id) => {
          const s = plan.states.get(`${d.path}#${id}`);
          return s ? [[id, s] as const] : [];
        }),
      ),
      reviews: [],
    }));
    const out = await writeBatches(userId, jobId, 'obsidian', batches, now, options.onBatch);
    const skipped = [...plan.skipped.map((s) => ({ kind: 'note' as const, code: s.code, name: s.path, reason: s.reason })), ...out.failed];
    const report: ImportReport = {
      kind: 'obsidian',
      decks: out.decks,
      notes: plan.counts.notes,
      cards: plan.counts.cards,
      scheduled: out.scheduled,
      reviews: 0,
      media: 0,
      skipped: groupSkips(skipped),
    };
    await db().importJob.update({ where: { id: jobId }, data: { status: 'done', report: report as unknown as Prisma.InputJsonValue } });
  } catch (err) {
    await failImportJob(jobId, err);
  }
  return getImportJob(userId, jobId);
}
