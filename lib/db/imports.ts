import 'server-only';
import { ownedCardId, saveOwnedDeck } from './owned-decks';
import { db } from './client';
import { stateColumns } from './card-state';
import { readAnkiPackage } from '@/lib/import/anki-package';
import { planImport } from '@/lib/import/anki-map';
import type { ImportedReview } from '@/lib/import/anki-schedule';
import { DEFAULT_LIMITS, ImportError, type ImportLimits } from '@/lib/import/limits';
import { planObsidian } from '@/lib/import/obsidian';
import { groupSkips, type ImportReport } from '@/lib/import/report';
import { loadSqlJs } from '@/lib/import/sqljs';
import type { CardState } from '@/lib/srs/sm2';
import type { Prisma } from './generated/client';

/**
 * Anki and Obsidian imports into the importer's own (private) decks. Every source deck is
 * one batch: saveOwnedDeck writes the deck and its cards (ids stable: the anchors come from
 * the Anki GUID or the parser's ids), then one transaction writes its schedules, its reviews
 * (keyed `anki:<revlog id>`, so a repeat skips them) and the job's progress. A failed batch
 * marks the job failed; running the same file again completes it and changes nothing twice.
 */

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

export async function startImportJob(userId: string, kind: 'anki' | 'obsidian', fileName: string): Promise<string> {
  const job = await db().importJob.create({ data: { userId, kind, fileName: fileName.slice(0, 200) } });
  return job.id;
}

export async function getImportJob(userId: string, jobId: string): Promise<ImportJobView | null> {
  const j = await db().importJob.findFirst({ where: { id: jobId, userId } });
  if (!j) return null;
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

/** Ends a job with a message the learner sees (a refused upload, a failed batch). */
export async function failImportJob(jobId: string, err: unknown) {
  const errorCode = err instanceof ImportError ? err.code : 'failed';
  const error = err instanceof ImportError ? err.message : `The import failed: ${message(err)}`;
  await db().importJob.update({ where: { id: jobId }, data: { status: 'failed', errorCode, error } });
}

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

/** Writes the batches; returns the decks and how many states and reviews were written. */
async function writeBatches(userId: string, jobId: string, kind: 'anki' | 'obsidian', batches: Batch[], now: Date) {
  await db().importJob.update({ where: { id: jobId }, data: { total: batches.length } });
  const decks: ImportReport['decks'] = [];
  const failed: Array<{ kind: 'deck'; code: 'deck-invalid'; name: string; reason: string }> = [];
  let scheduled = 0;
  let reviews = 0;
  for (const [i, b] of batches.entries()) {
    const known = await db().importedDeck.findUnique({
      where: { userId_kind_key: { userId, kind, key: b.key } },
      select: { deckId: true },
    });
    const saved = await saveOwnedDeck({
      ownerId: userId,
      deckId: known?.deckId,
      markdown: b.markdown,
      titleZh: b.title,
      titleEn: b.title,
      now,
    });
    if (!saved.ok) {
      failed.push({ kind: 'deck', code: 'deck-invalid', name: b.title, reason: saved.diagnostics[0]?.message ?? saved.error });
      continue;
    }
    const deckId = saved.deckId;
    const written = await db().$transaction(async (tx) => {
      await tx.importedDeck.upsert({
        where: { userId_kind_key: { userId, kind, key: b.key } },
        create: { userId, kind, key: b.key, deckId },
        update: { deckId },
      });
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
      await tx.importJob.update({ where: { id: jobId }, data: { done: i + 1 } });
      return { states, reviews: count };
    });
    scheduled += written.states;
    reviews += written.reviews;
    decks.push({ deckId, title: b.title, cards: saved.cards.active });
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

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Imports an .apkg/.colpkg into job `jobId`. Never throws: a refusal or failure ends up on the job. */
export async function runAnkiImport(
  userId: string,
  jobId: string,
  bytes: Uint8Array,
  options: { now?: Date; limits?: ImportLimits } = {},
): Promise<ImportJobView | null> {
  const now = options.now ?? new Date();
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const pkg = readAnkiPackage(await loadSqlJs(), bytes, limits);
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
    const out = await writeBatches(userId, jobId, 'anki', batches, now);
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
  options: { now?: Date } = {},
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
    const out = await writeBatches(userId, jobId, 'obsidian', batches, now);
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
