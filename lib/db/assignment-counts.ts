import 'server-only';
import { RECENT_MS, type AttemptScore, type DeckTally } from '@/lib/classes/progress';
import { attemptItemsSchema } from '@/lib/quiz/definition';
import { summarize } from '@/lib/quiz/results';
import { dayKey, type DayKey } from '@/lib/srs/day';
import { db } from './client';
import { Prisma } from './generated/client';
import { passedSql } from './recall-sql';

/**
 * What counts towards an assignment, counted in the database: each learner's tally of a
 * deck's review log, and their scored quiz attempts. Only activity since the learner joined
 * and from the start day on counts. lib/db/assignments.ts turns these into progress.
 */

export interface Learner {
  userId: string;
  joinedAt: Date;
  timeZone: string;
  rolloverHour: number;
}

/** How many live cards a deck has. */
export const liveCardCount = (deckId: string) => db().deckCard.count({ where: { deckId, card: { archivedAt: null } } });

/** One row per learner who answered a card of the deck: the DeckTally of lib/classes/progress, counted in SQL. */
type TallyRow = Omit<DeckTally, 'lastActive'> & { userId: string; lastActive: Date | string | null };

/**
 * Each learner's tally on a deck's live cards, grouped in the database (a class of 200 with
 * 100k reviews must not travel to Node row by row). Counted: not undone, on or after the start
 * day, at or after the learner's `joinedAt`. The learners come with their own `today`, so
 * "first answered today" follows each one's clock (lib/srs/day), not the database's.
 */
export async function deckTallies(
  deckId: string,
  startDay: DayKey,
  learners: readonly (Learner & { today: DayKey })[],
  now: Date,
): Promise<Map<string, DeckTally>> {
  const out = new Map<string, DeckTally>();
  if (!learners.length) return out;
  const iso = (d: Date) => d.toISOString();
  // One pass, grouped by learner. A card first answered today is one answered on or before
  // today but not before it: the difference of two distinct counts.
  const rows = await db().$queryRaw<TallyRow[]>`
    with learner ("userId", "joinedAt", today) as (
      values ${Prisma.join(learners.map((l) => Prisma.sql`(${l.userId}::text, ${iso(l.joinedAt)}::timestamp, ${l.today}::text)`))}
    )
    select r."userId", count(distinct r."cardId")::int as seen, count(*)::int as answers,
      (count(*) filter (where ${passedSql(Prisma.sql`r.grade`)}))::int as passed,
      (count(*) filter (where r."serverAt" > ${iso(new Date(now.getTime() - RECENT_MS))}::timestamp
        and r."serverAt" <= ${iso(now)}::timestamp))::int as "reviews7d",
      max(r."serverAt") as "lastActive",
      (count(distinct r."cardId") filter (where r."dayKey" <= l.today)
        - count(distinct r."cardId") filter (where r."dayKey" < l.today))::int as "newToday"
    from "Review" r
    join learner l on l."userId" = r."userId"
    join "DeckCard" dc on dc."cardId" = r."cardId" and dc."deckId" = ${deckId}
    join "Card" c on c.id = r."cardId" and c."archivedAt" is null
    where r."undoneAt" is null and r."dayKey" >= ${startDay} and r."serverAt" >= l."joinedAt"
    group by r."userId", l.today`;
  for (const r of rows) out.set(r.userId, { ...r, lastActive: r.lastActive === null ? null : new Date(r.lastActive) });
  return out;
}

/** Each learner's finished attempts at a quiz that count, with their plain score (0..1). */
export async function countedAttempts(learners: Learner[], quizId: string, startDay: DayKey): Promise<Map<string, AttemptScore[]>> {
  const out = new Map<string, AttemptScore[]>(learners.map((l) => [l.userId, []]));
  if (!learners.length) return out;
  const byUser = new Map(learners.map((l) => [l.userId, l]));
  const rows = await db().quizAttempt.findMany({
    where: { userId: { in: learners.map((l) => l.userId) }, definitionId: quizId, finishedAt: { not: null } },
    select: { userId: true, items: true, certainty: true, finishedAt: true, answers: true },
  });
  for (const r of rows) {
    const l = byUser.get(r.userId)!;
    const finishedAt = r.finishedAt!;
    if (finishedAt < l.joinedAt || dayKey(finishedAt, l.timeZone, l.rolloverHour) < startDay) continue;
    const items = attemptItemsSchema.parse(r.items).map((it, index) => ({ ...it, index }));
    const answers = r.answers.map((a) => ({ ...a, certainty: a.certainty as 1 | 2 | 3 | null }));
    const plain = summarize(items, answers, r.certainty).plain;
    if (plain.total) out.get(r.userId)!.push({ finishedAt, score: plain.correct / plain.total });
  }
  return out;
}
