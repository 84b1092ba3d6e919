import 'server-only';
import type { SiblingOptions } from '@/lib/srs';
import { db } from './client';
import type { AppUser } from './users';

type Learner = Pick<AppUser, 'id'> & Partial<Pick<AppUser, 'buryNewSiblings' | 'buryReviewSiblings'>>;

/**
 * What `buildQueue` needs to keep siblings apart: the learner's two switches and the cards
 * (with their group) answered this learning day, undone answers left out. The queue, Today
 * and the deck counts all take it from here.
 */
export async function siblingOptions(user: Learner, today: string): Promise<SiblingOptions> {
  const rows = await db().review.findMany({
    where: { userId: user.id, dayKey: today, undoneAt: null },
    distinct: ['cardId'],
    select: { cardId: true, card: { select: { groupId: true } } },
  });
  return {
    buryNew: user.buryNewSiblings ?? true,
    buryReviews: user.buryReviewSiblings ?? true,
    answeredToday: rows.map((r) => ({ cardId: r.cardId, groupId: r.card.groupId })),
  };
}
