import 'server-only';
import { RECENT_MS, type AttemptScore, type DeckTally } from '@/lib/classes/progress';
import { attemptItemsSchema } from '@/lib/quiz/definition';
import { plainScore } from '@/lib/quiz/results';
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

/** A card's counted answers across the learners: how many, how many passed, and from how many learners. */
export interface CardTally {
  cardId: string;
  reviews: number;
  passed: number;
  learners: number;
}

export interface DeckTallies {
  /** Per learner who answered a live card of the deck (lib/classes/progress's DeckTally). */
  learners: Map<string, DeckTally>;
  /** Per live card somebody answered; only when asked for (`cards: true`). */
  cards: CardTally[];
}

/** A learner roll-up (`learner` set) or a card roll-up (`cardId` set; `seen` is then its learners). */
type TallyRow = Omit<DeckTally, 'lastActive'> & { learner: number | null; cardId: string | null; lastActive: Date | string | null };

/**
 * Each learner's tally on a deck's live cards, and with `cards` each card's, counted in the
 * database (a class of 200 with 100k reviews must not travel to Node row by row). Counted:
 * not undone, on or after the start day, at or after the learner's `joinedAt`. The learners
 * come with their own `today`, so "first answered today" follows each one's clock
 * (lib/srs/day), not the database's.
 *
 * One scan of the review log, grouped once into (learner, card) pairs on small integer keys
 * (the learner's index here and the card's within the deck, not their text ids), then rolled
 * up per learner and per card in the same pass (grouping sets): a learner's seen cards are
 * their pairs, a card's learners its pairs, and a card first answered today is a pair with an
 * answer today and none before — exactly lib/classes/progress's tallyReviews. The pairs are
 * the one costly step (about 100k of them for 200 learners × 500 cards).
 */
export async function deckTallies(
  deckId: string,
  startDay: DayKey,
  learners: readonly (Learner & { today: DayKey })[],
  now: Date,
  { cards = false }: { cards?: boolean } = {},
): Promise<DeckTallies> {
  const out: DeckTallies = { learners: new Map(), cards: [] };
  if (!learners.length) return out;
  const iso = (d: Date) => d.toISOString();
  const rows = await db().$queryRaw<TallyRow[]>`
    with learner ("userId", "joinedAt", today, ui) as (
      values ${Prisma.join(learners.map((l, i) => Prisma.sql`(${l.userId}::text, ${iso(l.joinedAt)}::timestamp, ${l.today}::text, ${i}::int)`))}
    ),
    deck as (
      select dc."cardId", (row_number() over (order by dc."cardId"))::int as ci
      from "DeckCard" dc
      join "Card" c on c.id = dc."cardId" and c."archivedAt" is null
      where dc."deckId" = ${deckId}
    ),
    pairs as (
      select l.ui, d.ci, count(*) as answers, count(*) filter (where ${passedSql(Prisma.sql`r.grade`)}) as passed,
        count(*) filter (where r."serverAt" > ${iso(new Date(now.getTime() - RECENT_MS))}::timestamp
          and r."serverAt" <= ${iso(now)}::timestamp) as "reviews7d",
        max(r."serverAt") as "lastActive",
        bool_or(r."dayKey" = l.today) and not bool_or(r."dayKey" < l.today) as "firstToday"
      from "Review" r
      join learner l on l."userId" = r."userId"
      join deck d on d."cardId" = r."cardId"
      where r."undoneAt" is null and r."dayKey" >= ${startDay} and r."serverAt" >= l."joinedAt"
      group by l.ui, d.ci
    ),
    rollup as (
      select ui, ${cards ? Prisma.sql`ci` : Prisma.sql`null::int as ci`}, count(*)::int as seen, sum(answers)::int as answers, sum(passed)::int as passed,
        sum("reviews7d")::int as "reviews7d", max("lastActive") as "lastActive",
        (count(*) filter (where "firstToday"))::int as "newToday"
      from pairs
      group by grouping sets ((ui)${cards ? Prisma.sql`, (ci)` : Prisma.empty})
    )
    select r.ui as learner, d."cardId", r.seen, r.answers, r.passed, r."reviews7d", r."lastActive", r."newToday"
    from rollup r left join deck d on d.ci = r.ci`;
  for (const { learner, cardId, lastActive, ...t } of rows) {
    if (learner !== null)
      out.learners.set(learners[learner]!.userId, { ...t, lastActive: lastActive === null ? null : new Date(lastActive) });
    else if (cardId !== null) out.cards.push({ cardId, reviews: t.answers, passed: t.passed, learners: t.seen });
  }
  return out;
}

/** Each learner's finished attempts at a quiz that count, with their plain score (0..1). */
export async function countedAttempts(
  learners: readonly Learner[],
  quizId: string,
  startDay: DayKey,
): Promise<Map<string, AttemptScore[]>> {
  const out = new Map<string, AttemptScore[]>(learners.map((l) => [l.userId, []]));
  if (!learners.length) return out;
  const byUser = new Map(learners.map((l) => [l.userId, l]));
  const rows = await db().quizAttempt.findMany({
    where: { userId: { in: learners.map((l) => l.userId) }, definitionId: quizId, finishedAt: { not: null } },
    select: { userId: true, items: true, finishedAt: true, answers: { select: { itemIndex: true, correct: true, late: true } } },
  });
  for (const r of rows) {
    const l = byUser.get(r.userId)!;
    const finishedAt = r.finishedAt!;
    if (finishedAt < l.joinedAt || dayKey(finishedAt, l.timeZone, l.rolloverHour) < startDay) continue;
    const items = attemptItemsSchema.parse(r.items).map((it, index) => ({ ...it, index }));
    const plain = plainScore(items, r.answers);
    if (plain.total) out.get(r.userId)!.push({ finishedAt, score: plain.correct / plain.total });
  }
  return out;
}
