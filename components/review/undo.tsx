'use client';

import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import type { Outbox } from '@/lib/review/offline-queue';
import type { ReviewActions } from './review-session';
import type { Answered, SessionAction, SetAside } from './session-state';

/** How long an undo waits for its answer to be acknowledged before giving up. */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Undoes one answer. Never sent: it is cancelled from the outbox and the card simply comes
 * back. Sent (or sending): wait for its ack, then ask the server to restore the previous
 * state, and show the card the server returns. Resolves to what happened: undone, failed, or
 * refused because the card changed after that answer (buried, suspended).
 */
export async function undoAnswer(
  entry: Answered,
  outbox: Outbox | null,
  undoReview: ReviewActions['undoReview'],
  dispatch: Dispatch<SessionAction>,
): Promise<UndoOutcome> {
  if (entry.status === 'pending' && outbox?.cancel(entry.key)) {
    dispatch({ type: 'undone', key: entry.key, item: null, now: Date.now() });
    return 'undone';
  }
  dispatch({ type: 'undoing', value: true });
  let reviewId = entry.ack?.reviewId;
  if (!reviewId && outbox) {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), SETTLE_TIMEOUT_MS));
    const settled = await Promise.race([outbox.settled(entry.key), timeout]);
    reviewId = settled?.type === 'ack' ? settled.ack.reviewId : undefined;
  }
  const result = reviewId ? await undoReview({ reviewId }).catch(() => null) : null;
  if (!result?.ok) {
    const changed = result?.error === 'conflict';
    dispatch({ type: 'undoFailed', changed, ref: { type: 'answer', key: entry.key } });
    return changed ? 'undoChanged' : 'undoFailed';
  }
  // The server builds the item outside any deck and by state; keep how this session saw it.
  const item = { ...result.data.item, deckId: result.data.item.deckId || entry.item.deckId, kind: entry.item.kind };
  dispatch({ type: 'undone', key: entry.key, item, now: Date.now() });
  return 'undone';
}

export type UndoOutcome = 'undone' | 'undoFailed' | 'undoChanged';

/**
 * Undoes one bury or suspend: waits for it to be saved (`sent`, resolving to the server's
 * version after it, or null if refused), then asks the server to reverse it if the card is
 * unchanged since. Undone, the card is back on screen. A refused bury has already put the card
 * back (set-aside.tsx), so there is nothing left to undo.
 */
export async function undoSetAsideEntry(
  entry: SetAside,
  sent: Promise<number | null> | undefined,
  undoSetAside: ReviewActions['undoSetAside'],
  dispatch: Dispatch<SessionAction>,
): Promise<UndoOutcome> {
  const ref = { type: 'setAside', cardId: entry.item.cardId } as const;
  dispatch({ type: 'undoing', value: true });
  const version = entry.fresh?.version ?? (sent ? await sent : null);
  if (version === null) {
    dispatch({ type: 'undoing', value: false });
    return 'undone';
  }
  const result = await undoSetAside({ cardId: entry.item.cardId, kind: entry.kind, expectedVersion: version }).catch(() => null);
  if (!result?.ok) {
    const changed = result?.error === 'conflict';
    dispatch({ type: 'undoFailed', changed, ref });
    return changed ? 'undoChanged' : 'undoFailed';
  }
  dispatch({ type: 'setAsideUndone', cardId: entry.item.cardId, fresh: result.data, now: Date.now() });
  return 'undone';
}

export function UndoButton({ disabled, undoing, onUndo }: { disabled: boolean; undoing: boolean; onUndo: () => void }) {
  const t = useTranslations('review');
  return (
    <button
      type="button"
      onClick={onUndo}
      disabled={disabled || undoing}
      aria-keyshortcuts="U"
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-4 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {undoing ? t('undoing') : t('undo')}
      <kbd className="hidden font-mono text-xs text-slate-500 sm:inline dark:text-slate-400">U</kbd>
    </button>
  );
}
