import 'server-only';
import { ownedCardId, saveOwnedDeck } from './owned-decks';
import { db } from './client';
import { stateColumns } from './card-state';
import { BATCH_TIMEOUT_MS, failImportJob, getImportJob, touchImportJob, type ImportJobView } from './import-jobs';
import { readAnkiPackage } from '@/lib/import/anki-package';
import { planImport } from '@/lib/import/anki-map';
import type { ImportedReview } from '@/lib/import/anki-schedule';
import { deckSizeSkip } from '@/lib/import/deck-size';
import { DEFAULT_LIMITS, ImportError, type ImportLimits } from '@/lib/import/limits';
import { planObsidian } from '@/lib/import/obsidian';
import { groupSkips, type ImportReport } from '@/lib/import/report';
import { loadSqlJs } from '@/lib/import/sqljs';
import type { CardState } from '@/lib/srs/sm2';
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

type Tx = Prisma.TransactionClient;

async function dayOptions(userId: string) {
  const u = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, rolloverHour: true } });
  return { timeZone: u.timeZone, rolloverHour: u.rolloverHour };
}

interface Batch {
  key: string;
  title: string;
  markdown: string;
  /** Card id in the Markdown → state to carry over. */
  states: Map<string, CardState>;
  reviews: ImportedReview[];
}

type Skipped = { kind: 'deck'; code: 'deck-invalid' | 'deck-too-large'; name: string; reason: string };
type BatchResult = { ok: true; deck: ImportReport['decks'][number]; states: number; reviews: number } | { ok: false; skip: Skipped };

/** One source deck: deck, cards, states, reviews. Runs inside the batch's transaction. */
async function writeBatch(tx: Tx, userId: string, kind: 'anki' | 'obsidian', b: Batch, now: Date): Promise<BatchResult> {
  const tooBig = deckSizeSkip(b.title, b.markdown);
  if (tooBig) return { ok: false, skip: tooBig };
  const where = { userId_kind_key: { userId, kind, key: b.key } };
  const known = await tx.importedDeck.findUnique({ where, select: { deckId: true } });
  const saved = await saveOwnedDeck(
    { ownerId: userId, deckId: known?.deckId, markdown: b.markdown, titleZh: b.title, titleEn: b.title, now },
    tx,
  );
  if (!saved.ok) {
    return { ok: false, skip: { kind: 'deck', code: 'deck-invalid', name: b.title, reason: saved.diagnostics[0]?.message ?? saved.error } };
  }
  const deckId = saved.deckId;
  await tx.importedDeck.upsert({ where, create: { userId, kind, key: b.key, deckId }, update: { deckId } });
  let states = 0;
  const existing = new Map(
    (
      await tx.cardState.findMany({
        where: { userId, cardId: { in: [...b.states.keys()].map((id) => ownedCardId(deckId, id)) } },
        select: { cardId: true, lastReview: true },
      })
    ).map((s) => [s.cardId, s.lastReview]),
  );
  for (const [id, state] of b.states) {
    const cardId = ownedCardId(deckId, id);
    const last = existing.get(cardId);
    // Never roll back answers given here since the file was made.
    if (last && (!state.lastReview || last > state.lastReview)) continue;
    await tx.cardState.upsert({
      where: { userId_cardId: { userId, cardId } },
      create: { userId, cardId, ...stateColumns(state) },
      update: stateColumns(state),
    });
    states += 1;
  }
  const { count } = await tx.review.createMany({
    data: b.reviews.map((r) => reviewRow(userId, ownedCardId(deckId, r.cardId), r)),
    skipDuplicates: true,
  });
  return { ok: true, deck: { deckId, title: b.title, cards: saved.cards.active }, states, reviews: count };
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

function reviewRow(userId: string, cardId: string, r: ImportedReview): Prisma.ReviewCreateManyInput {
  return {
    userId,
    cardId,
    idempotencyKey: r.idempotencyKey,
    grade: r.grade,
    durationMs: r.durationMs,
    kind: r.kind,
    origin: 'import',
    efAfter: r.efAfter,
    intervalBefore: r.intervalBefore,
    intervalAfter: r.intervalAfter,
    dueAfter: r.dueAfter,
    versionAfter: 1,
    dayKey: r.dayKey,
    clientAt: r.at,
    serverAt: r.at,
  };
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
