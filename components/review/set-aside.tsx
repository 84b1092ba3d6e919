'use client';

import { useTranslations } from 'next-intl';
import type { Dispatch } from 'react';
import type { ReviewItem } from '@/lib/review/types';
import { BURY_KEY, SUSPEND_KEY } from './keyboard';
import type { ReviewActions } from './review-session';
import type { SessionAction, SetAside } from './session-state';

/**
 * Sends a bury or suspend for a card the session has already taken out of its queue.
 * Refused (a conflict, offline, an error): the card goes back into the queue, with the
 * server's state after a conflict, and a quiet notice says so. Resolves to the card's version
 * after it (what an undo must find), or null if refused.
 */
export async function setAsideCard(
  item: ReviewItem,
  kind: SetAside['kind'],
  send: ReviewActions['buryCard'],
  dispatch: Dispatch<SessionAction>,
): Promise<number | null> {
  const result = await send({ cardId: item.cardId, expectedVersion: item.version }).catch(() => null);
  if (result?.ok) {
    dispatch({ type: 'setAsideDone', cardId: item.cardId, fresh: { state: result.data.state, version: result.data.version } });
    return result.data.version;
  }
  const fresh = result && 'conflict' in result ? result.conflict : undefined;
  dispatch({ type: 'setAsideFailed', cardId: item.cardId, fresh, now: Date.now() });
  return null;
}

const toolButton =
  'inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100';
const kbd =
  'hidden rounded border border-slate-300 px-1 font-mono text-xs text-slate-500 sm:inline dark:border-slate-700 dark:text-slate-400';

/** The secondary actions under a card: bury until tomorrow, suspend. */
export function CardToolbar({ onBury, onSuspend }: { onBury: () => void; onSuspend: () => void }) {
  const t = useTranslations('review');
  return (
    <div role="group" aria-label={t('cardActions')} className="flex flex-wrap items-center justify-end gap-1">
      <button type="button" onClick={onBury} aria-label={t('bury')} aria-keyshortcuts={BURY_KEY} className={toolButton}>
        {t('buryShort')}
        <kbd className={kbd}>{BURY_KEY}</kbd>
      </button>
      <button type="button" onClick={onSuspend} aria-label={t('suspend')} aria-keyshortcuts={SUSPEND_KEY} className={toolButton}>
        {t('suspendShort')}
        <kbd className={kbd}>{SUSPEND_KEY}</kbd>
      </button>
    </div>
  );
}

/** Marks a card that has lapsed often enough to be a leech (lib/srs: 8 lapses). */
export function LeechBadge() {
  const t = useTranslations('review');
  return (
    <span
      title={t('leechHelp')}
      className="float-right ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-200"
    >
      {t('leech')}
      <span className="sr-only">: {t('leechHelp')}</span>
    </span>
  );
}
