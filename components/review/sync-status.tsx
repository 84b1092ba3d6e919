'use client';

import { useTranslations } from 'next-intl';

/** A quiet indicator while answers wait in the outbox after a failed send; empty (but present) otherwise. */
export function SyncStatus({ waiting }: { waiting: number }) {
  const t = useTranslations('review');
  return (
    <p role="status" className="text-xs text-amber-700 dark:text-amber-400">
      {waiting > 0 ? (
        <>
          <span aria-hidden className="mr-1 inline-block size-2 animate-pulse rounded-full bg-amber-500" />
          {t('sync.waiting', { count: waiting })}
        </>
      ) : null}
    </p>
  );
}
