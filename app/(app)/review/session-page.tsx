import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReviewSession } from '@/components/review/review-session';
import { loadReviewQueue, reviewItems } from '@/lib/db/review-queue';
import { answerCard, buryCard, loadMoreCards, sessionForecast, suspendCard, undoReview, undoSetAside } from './actions';
import { requirePageUser } from '@/lib/auth/session';
import { learningOptions } from '@/lib/srs';

/** Shared by /review and /review/[deck]: loads the first cards of the queue on the server. */
export async function ReviewSessionPage({ deckId }: { deckId?: string }) {
  const user = await requirePageUser();
  const queue = await loadReviewQueue(user, deckId);
  if (!queue) notFound();
  const initialItems = await reviewItems(queue, queue.entries.slice(0, 12));
  const t = await getTranslations('nav');
  return (
    <section aria-label={t('review')} className="mx-auto max-w-3xl">
      <h1 className="sr-only">{t('review')}</h1>
      <ReviewSession
        key={deckId ?? 'all'}
        initialItems={initialItems}
        counts={queue.counts}
        settings={{
          timeZone: user.timeZone,
          rolloverHour: user.rolloverHour,
          gradeScale: user.gradeScale,
          fuzz: user.fuzz,
          learning: learningOptions(user),
        }}
        deckId={deckId}
        userId={user.id}
        actions={{ answerCard, undoReview, loadMoreCards, sessionForecast, buryCard, suspendCard, undoSetAside }}
      />
    </section>
  );
}
