import 'server-only';
import type { ImportedReview } from '@/lib/import/anki-schedule';
import { deckSizeSkip } from '@/lib/import/deck-size';
import type { ImportReport } from '@/lib/import/report';
import type { CardState } from '@/lib/srs/sm2';
import { stateColumns } from './card-state';
import type { Prisma } from './generated/client';
import { ownedCardId, saveOwnedDeck } from './owned-decks';

/** One source deck of an import (an Anki deck, a vault note), written inside its batch's transaction (lib/db/imports.ts). */

type Tx = Prisma.TransactionClient;

export interface Batch {
  key: string;
  title: string;
  markdown: string;
  /** Card id in the Markdown → state to carry over. */
  states: Map<string, CardState>;
  reviews: ImportedReview[];
}

export type Skipped = { kind: 'deck'; code: 'deck-invalid' | 'deck-too-large'; name: string; reason: string };
export type BatchResult = { ok: true; deck: ImportReport['decks'][number]; states: number; reviews: number } | { ok: false; skip: Skipped };

/** One source deck: deck, cards, states, reviews. Runs inside the batch's transaction. */
export async function writeBatch(tx: Tx, userId: string, kind: 'anki' | 'obsidian', b: Batch, now: Date): Promise<BatchResult> {
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
