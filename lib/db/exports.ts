import 'server-only';
import { db } from './client';
import { toCardState } from './card-state';
import { deckWhere } from './deck-access';
import type { DayOptions } from '@/lib/import/anki-schedule';
import { exportApkg, type ExportReview } from '@/lib/import/export-apkg';
import { deckToMarkdown } from '@/lib/import/export-markdown';
import { learnerDataZip } from '@/lib/import/export-data';
import { toExportNotes, type ExportCard } from '@/lib/import/export-notes';
import { loadSqlJs } from '@/lib/import/sqljs';
import type { CardState } from '@/lib/srs/sm2';

/** Exports of a deck the user may read (built-in, own, assigned, published) and of the user's own data. */

interface DeckExport {
  title: string;
  cards: ExportCard[];
  states: Map<string, CardState>;
  reviews: ExportReview[];
  day: DayOptions;
}

async function loadDeck(userId: string, deckId: string, locale: 'en' | 'zh-CN'): Promise<DeckExport | null> {
  const deck = await db().deck.findFirst({ where: { id: deckId, ...deckWhere(userId, 'read') }, select: { titleEn: true, titleZh: true } });
  if (!deck) return null;
  const links = await db().deckCard.findMany({
    where: { deckId, card: { archivedAt: null } },
    orderBy: { position: 'asc' },
    select: { card: { select: { id: true, groupId: true, type: true, front: true, back: true, data: true, tags: true } } },
  });
  const cards: ExportCard[] = links.map(({ card: c }) => {
    const data = (c.data ?? {}) as { options?: ExportCard['options']; answers?: string[] };
    return {
      id: c.id,
      group: c.groupId,
      type: c.type,
      front: c.front,
      back: c.back,
      tags: c.tags,
      ...(data.options ? { options: data.options } : {}),
      ...(data.answers ? { answers: data.answers } : {}),
    };
  });
  const ids = cards.map((c) => c.id);
  const [stateRows, reviewRows, user] = await Promise.all([
    db().cardState.findMany({ where: { userId, cardId: { in: ids } } }),
    db().review.findMany({ where: { userId, cardId: { in: ids }, undoneAt: null }, orderBy: { clientAt: 'asc' } }),
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, rolloverHour: true } }),
  ]);
  return {
    title: locale === 'zh-CN' ? deck.titleZh : deck.titleEn,
    cards,
    states: new Map(stateRows.map((s) => [s.cardId, toCardState(s)])),
    reviews: reviewRows.map((r) => ({
      cardId: r.cardId,
      grade: r.grade,
      kind: r.kind,
      durationMs: r.durationMs,
      efAfter: r.efAfter,
      intervalBefore: r.intervalBefore,
      intervalAfter: r.intervalAfter,
      at: r.clientAt,
    })),
    day: { timeZone: user.timeZone, rolloverHour: user.rolloverHour },
  };
}

export async function exportDeckApkg(
  userId: string,
  deckId: string,
  locale: 'en' | 'zh-CN',
  now = new Date(),
): Promise<{ title: string; bytes: Uint8Array } | null> {
  const d = await loadDeck(userId, deckId, locale);
  if (!d) return null;
  const { notes } = toExportNotes(d.cards);
  const bytes = exportApkg(await loadSqlJs(), { deckTitle: d.title, notes, states: d.states, reviews: d.reviews, now }, d.day);
  return { title: d.title, bytes };
}

export async function exportDeckMarkdown(
  userId: string,
  deckId: string,
  locale: 'en' | 'zh-CN',
): Promise<{ title: string; markdown: string } | null> {
  const d = await loadDeck(userId, deckId, locale);
  if (!d) return null;
  return { title: d.title, markdown: deckToMarkdown(d.title, toExportNotes(d.cards).notes) };
}

/** Everything the learner did, as one zip (only their own rows). */
export async function exportMyData(userId: string): Promise<Uint8Array> {
  const [reviews, states, attempts, runs] = await Promise.all([
    db().review.findMany({ where: { userId }, orderBy: { clientAt: 'asc' } }),
    db().cardState.findMany({ where: { userId }, orderBy: { cardId: 'asc' } }),
    db().quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: 'asc' },
      include: { answers: { orderBy: { itemIndex: 'asc' } } },
    }),
    db().experimentRun.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
  ]);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return learnerDataZip({
    reviews: reviews.map((r) => ({
      id: r.id,
      cardId: r.cardId,
      grade: r.grade,
      kind: r.kind,
      origin: r.origin,
      durationMs: r.durationMs,
      efBefore: r.efBefore,
      efAfter: r.efAfter,
      intervalBefore: r.intervalBefore,
      intervalAfter: r.intervalAfter,
      dueAfter: iso(r.dueAfter),
      dayKey: r.dayKey,
      clientAt: iso(r.clientAt),
      serverAt: iso(r.serverAt),
      undoneAt: iso(r.undoneAt),
    })),
    cardStates: states.map(({ userId: _u, ...s }) => s),
    quizAttempts: attempts.map(({ userId: _u, openKey: _k, ...a }) => a),
    predictions: runs.map(({ userId: _u, ...r }) => r),
  });
}
