'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Outbox, outboxKey, type AnswerResult, type OutboxEntry, type Settlement, type StorageLike } from '@/lib/review/offline-queue';
import type { AnswerInput } from '@/lib/review/types';

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the outbox keeps answers in memory
  }
}

/**
 * The answer outbox of this page: created on mount (it needs localStorage), flushes what a
 * previous page left behind, retries when the browser comes back online, and reports how
 * many answers are waiting because sending them failed, and which cards have an answer
 * not saved yet (the session must not show those again: that answer would conflict).
 */
export function useOutbox(userId: string, send: (input: AnswerInput) => Promise<AnswerResult>, onSettled: (s: Settlement) => void) {
  const ref = useRef<Outbox | null>(null);
  const [waiting, setWaiting] = useState(0);
  const [pendingCards, setPendingCards] = useState<ReadonlySet<string>>(() => new Set());
  const settled = useEffectEvent(onSettled);

  useEffect(() => {
    const outbox: Outbox = new Outbox({
      storage: browserStorage(),
      userId,
      send,
      onSettled: (s) => settled(s),
      onChange: (entries) => changed(entries),
    });
    const changed = (entries: OutboxEntry[]) => {
      setWaiting(outbox.stalled() ? entries.length : 0);
      setPendingCards(new Set(entries.map((e) => e.input.cardId)));
    };
    ref.current = outbox;
    changed(outbox.pending());
    void outbox.flush();
    const retry = () => void outbox.flush();
    const otherTab = (e: StorageEvent) => {
      if (e.key === outboxKey(userId)) changed(outbox.pending());
    };
    window.addEventListener('online', retry);
    window.addEventListener('storage', otherTab);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('storage', otherTab);
      outbox.dispose();
      ref.current = null;
    };
  }, [userId, send]);

  return { outbox: ref, waiting, pendingCards };
}
