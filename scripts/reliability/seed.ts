// Learners with due cards, written through lib/db before the app starts (a PGlite
// directory has one process at a time). Each learner gets a few real content cards,
// already answered once three days ago, so they are due now.
import { hashPassword } from '@/lib/auth/password';
import { stateColumns } from '@/lib/db/card-state';
import { db } from '@/lib/db/client';
import { schedule, type CardState } from '@/lib/srs';

export const learnerPassword = 'reliability-password-123';

export type SeededCard = { cardId: string; state: CardState };
export type SeededLearner = { id: string; email: string; cards: SeededCard[] };

export async function seedLearners(tag: string, count: number, cardsEach: number): Promise<SeededLearner[]> {
  const pool = await db().card.findMany({ select: { id: true }, orderBy: [{ topic: 'asc' }, { position: 'asc' }], take: 400 });
  if (pool.length < cardsEach) throw new Error(`only ${pool.length} cards in the database: was the content synced?`);
  const passwordHash = await hashPassword(learnerPassword); // one hash for all: argon2 takes ~65 ms
  const emails = Array.from({ length: count }, (_, i) => `rel-${tag}-${i}@example.com`);
  await db().user.createMany({ data: emails.map((email) => ({ email, passwordHash, timeZone: 'Asia/Shanghai' })) });
  const users = await db().user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const answered = new Date(Date.now() - 3 * 86_400_000);
  const opts = { timeZone: 'Asia/Shanghai', rolloverHour: 4 };
  const learners = emails.map((email, i): SeededLearner => {
    const cards = Array.from({ length: cardsEach }, (_, j) => pool[(i * cardsEach + j) % pool.length]!.id);
    return { id: byEmail.get(email)!, email, cards: cards.map((cardId) => ({ cardId, state: schedule(null, 4, answered, opts) })) };
  });
  await db().cardState.createMany({
    data: learners.flatMap((l) => l.cards.map((c) => ({ userId: l.id, cardId: c.cardId, ...stateColumns(c.state), version: 1 }))),
  });
  return learners;
}
