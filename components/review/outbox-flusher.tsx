'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { answerCard } from '@/app/(app)/review/actions';
import { Outbox } from '@/lib/review/offline-queue';
import type { AnswerInput } from '@/lib/review/types';

const send = (input: AnswerInput) => answerCard(input);

/**
 * Sends answers a review page left in the outbox (offline, tab closed mid-send) from
 * whatever app page the learner opens next, not only when they return to a review.
 * Review pages run their own outbox, so this one stays idle there. The server is
 * idempotent per answer, so a send that races another tab's is recorded once.
 */
export function OutboxFlusher({ userId }: { userId: string }) {
  const onReview = usePathname().startsWith('/review');
  useEffect(() => {
    if (onReview) return;
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      return; // no storage, nothing can have been left behind
    }
    const outbox = new Outbox({ storage, userId, send });
    if (!outbox.pending().length) return () => outbox.dispose();
    void outbox.flush();
    const retry = () => void outbox.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      outbox.dispose();
    };
  }, [onReview, userId]);
  return null;
}
