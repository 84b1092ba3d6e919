import 'server-only';
import { z } from 'zod';
import type { AttemptScore, DeckTally } from '@/lib/classes/progress';
import { ITEM_FORMS } from '@/lib/quiz/definition';
import { plainScore } from '@/lib/quiz/results';
import type { DayKey } from '@/lib/srs/day';
import { db } from './client';
import { Prisma } from './generated/client';
import { passedSql } from './recall-sql';

/**
 * What counts towards an assignment, counted in the database: each learner's tally of a
 * deck's review log, and their scored quiz attempts. Only activity from each learner's `from`
 * on counts (lib/classes/progress's countsFrom: the start date on their clock, or when they
 * joined if later). lib/db/assignments.ts turns these into progress.
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

/** A learning day's counted answers across the learners, and how many passed. */
export interface DayTally {
  day: DayKey;
  reviews: number;
  passed: number;
}

export interface DeckTallies {
  /** Per learner who answered a live card of the deck (lib/classes/progress's DeckTally). */
  learners: Map<string, DeckTally>;
  /** Per live card somebody answered; only when asked for (`cards`). */
  cards: CardTally[];
  /** Per learning day, over the live cards not in `days.skipDecks`; only when asked for. */
  days: DayTally[];
}

export interface TallyOptions {
  cards?: boolean;
  /**
   * Count answers per learning day too, leaving out the cards of `skipDecks` (the decks of a
   * class's earlier assignments, which count those cards themselves: each card once, from the
   * earliest start that covers it).
   */
  days?: { skipDecks: readonly string[] };
  /**
   * Read the assignment's kept tally (lib/db/assignment-tally.ts) instead of counting the
   * review log: the same numbers. `classStamp` names the class's deck assignments in the
   * order `days.skipDecks` comes from, so the kept per-day figures follow that order.
   */
  kept?: { classStamp: string };
}

/** A learner, card or day roll-up: whichever of `learner`, `cardId` and `day` is set. */
type TallyRow = Omit<DeckTally, 'lastActive'> & {
  learner: number | null;
  cardId: string | null;
  day: string | null;
  lastActive: Date | string | null;
  dayAnswers: number | null;
  dayPassed: number | null;
};

/** A learner with their own today, the first day of their last 7 (weekStart) and the moment their work starts counting. */
export type DatedLearner = Learner & { today: DayKey; weekStart: DayKey; from: Date };

/** Parts of at least PART_MIN learners, and at most PARTS_MAX of them. */
const PART_MIN = 100;
const PARTS_MAX = 4;

/**
 * Each learner's tally on a deck's live cards, and if asked each card's and each day's,
 * counted in the database (a class of 200 with 100k reviews must not travel to Node row by
 * row). Counted: not undone, at or after the learner's `from`.
 * The learners come with their own `today`, so "first answered today" follows each one's
 * clock (lib/srs/day), not the database's.
 *
 * A big class is counted in parts of disjoint learners, side by side on the pool's
 * connections: each part's pairs are its own, so the card and day roll-ups add up exactly.
 */
export async function deckTallies(deckId: string, learners: readonly DatedLearner[], options: TallyOptions = {}): Promise<DeckTallies> {
  const size = Math.max(PART_MIN, Math.ceil(learners.length / PARTS_MAX));
  const parts: DatedLearner[][] = [];
  for (let i = 0; i < learners.length; i += size) parts.push(learners.slice(i, i + size));
  const out: DeckTallies = { learners: new Map(), cards: [], days: [] };
  const byCard = new Map<string, CardTally>();
  const byDay = new Map<string, DayTally>();
  for (const part of await Promise.all(parts.map((p) => deckTalliesPart(deckId, p, options)))) {
    for (const [userId, t] of part.learners) out.learners.set(userId, t);
    for (const c of part.cards) {
      const sum = byCard.get(c.cardId) ?? byCard.set(c.cardId, { cardId: c.cardId, reviews: 0, passed: 0, learners: 0 }).get(c.cardId)!;
      sum.reviews += c.reviews;
      sum.passed += c.passed;
      sum.learners += c.learners;
    }
    for (const d of part.days) {
      const sum = byDay.get(d.day) ?? byDay.set(d.day, { day: d.day, reviews: 0, passed: 0 }).get(d.day)!;
      sum.reviews += d.reviews;
      sum.passed += d.passed;
    }
  }
  out.cards = [...byCard.values()];
  out.days = [...byDay.values()].sort((x, y) => x.day.localeCompare(y.day));
  return out;
}

/**
 * One part's tallies. Each learner's counted answers are read through the review log's
 * (userId, serverAt) index — the learner's own rows from their `from` on, not a scan
 * of everyone's — and grouped right there, per learner, into (learner, card) pairs on the
 * card's small index within the deck and, in the same pass, into that learner's days. The
 * pairs are then rolled up per learner and per card (grouping sets): a learner's seen cards
 * are their pairs, a card's learners its pairs, and a card first answered today is a pair
 * with an answer today and none before — exactly lib/classes/progress's tallyReviews. The
 * days add up across learners.
 *
 * Grouping learner by learner keeps every hash table small (a learner's cards, not the
 * class's 100k pairs at once), which is what makes this about half the time of one big
 * grouping on the benchmark's class. The learners travel as three arrays, not one bound
 * value each, and day keys ('YYYY-MM-DD') compare bytewise (collate "C": the same order
 * without the locale). The per-day counts leave cards out only when there are decks to skip;
 * otherwise a day's counts are its answers and passes, with no aggregates of their own.
 */
async function deckTalliesPart(
  deckId: string,
  learners: readonly DatedLearner[],
  { cards = false, days }: TallyOptions,
): Promise<DeckTallies> {
  const out: DeckTallies = { learners: new Map(), cards: [], days: [] };
  if (!learners.length) return out;
  const iso = (d: Date) => d.toISOString();
  const pass = passedSql(Prisma.sql`r.grade`);
  const skip = days && days.skipDecks.length > 0;
  const rows = await db().$queryRaw<TallyRow[]>`
    with learner ("userId", "from", today, week, ui) as (
      select u, j, t, w, (o - 1)::int
      from unnest(${learners.map((l) => l.userId)}::text[], ${learners.map((l) => iso(l.from))}::timestamp[],
        ${learners.map((l) => l.today)}::text[], ${learners.map((l) => l.weekStart)}::text[]) with ordinality as x(u, j, t, w, o)
    ),
    deck as (
      select dc."cardId", (row_number() over (order by dc."cardId"))::int as ci
        ${
          skip
            ? Prisma.sql`, not exists (select 1 from "DeckCard" x where x."cardId" = dc."cardId" and x."deckId" = any(${[...days.skipDecks]}::text[])) as "countsDays"`
            : Prisma.empty
        }
      from "DeckCard" dc
      join "Card" c on c.id = dc."cardId" and c."archivedAt" is null
      where dc."deckId" = ${deckId}
    ),
    pairs as (
      -- A learner's rows: one per card they answered (day null) and, if asked, one per day (ci null).
      select case when p.day is null then l.ui end as ui, p.*
      from learner l
      cross join lateral (
        select d.ci, ${days ? Prisma.sql`r."dayKey"` : Prisma.sql`null::text`} as day,
          count(*)::int as answers, (count(*) filter (where ${pass}))::int as passed,
          (count(*) filter (where r."dayKey" >= l.week collate "C"))::int as "reviews7d",
          max(r."serverAt") as "lastActive",
          bool_or(r."dayKey" = l.today) and not bool_or(r."dayKey" < l.today collate "C") as "firstToday"
          ${
            skip
              ? Prisma.sql`, (count(*) filter (where d."countsDays"))::int as "dayAnswers",
                  (count(*) filter (where d."countsDays" and ${pass}))::int as "dayPassed"`
              : Prisma.empty
          }
        from "Review" r
        join deck d on d."cardId" = r."cardId"
        where r."userId" = l."userId" and r."serverAt" >= l."from" and r."undoneAt" is null
        group by grouping sets ((d.ci)${days ? Prisma.sql`, (r."dayKey")` : Prisma.empty})
      ) p
    ),
    rollup as (
      -- Each set also makes one group of the other sets' rows (key null): dropped below.
      select ui, ${cards ? Prisma.sql`ci` : Prisma.sql`null::int as ci`}, ${days ? Prisma.sql`day` : Prisma.sql`null::text as day`},
        count(*)::int as seen, sum(answers)::int as answers, sum(passed)::int as passed,
        sum("reviews7d")::int as "reviews7d", max("lastActive") as "lastActive",
        (count(*) filter (where "firstToday"))::int as "newToday",
        ${
          skip
            ? Prisma.sql`sum("dayAnswers")::int as "dayAnswers", sum("dayPassed")::int as "dayPassed"`
            : Prisma.sql`sum(answers)::int as "dayAnswers", sum(passed)::int as "dayPassed"`
        }
      from pairs
      group by grouping sets ((ui)${cards ? Prisma.sql`, (ci)` : Prisma.empty}${days ? Prisma.sql`, (day)` : Prisma.empty})
    )
    select r.ui as learner, d."cardId", r.day, r.seen, r.answers, r.passed, r."reviews7d", r."lastActive", r."newToday",
      r."dayAnswers", r."dayPassed"
    from rollup r left join deck d on d.ci = r.ci
    where r.ui is not null or r.ci is not null or r.day is not null`;
  for (const { learner, cardId, day, lastActive, dayAnswers, dayPassed, ...t } of rows) {
    if (learner !== null)
      out.learners.set(learners[learner]!.userId, { ...t, lastActive: lastActive === null ? null : new Date(lastActive) });
    else if (cardId !== null) out.cards.push({ cardId, reviews: t.answers, passed: t.passed, learners: t.seen });
    else if (day !== null && dayAnswers) out.days.push({ day, reviews: dayAnswers, passed: dayPassed ?? 0 });
  }
  return out;
}

/** An attempt's item forms in item order: all that plainScore reads of its item snapshot. */
const formsSchema = z.array(z.enum(ITEM_FORMS));

/**
 * Each learner's finished attempts at a quiz that count, with their plain score (0..1). One
 * query: each attempt comes with its items' forms and its answers, each folded into one JSON
 * array of what plainScore reads (a class of 200 with a 20-item quiz is 4,000 answers; the
 * whole item snapshots would be five times the bytes to send and parse).
 */
export async function countedAttempts(
  learners: readonly (Learner & { from: Date })[],
  quizId: string,
): Promise<Map<string, AttemptScore[]>> {
  const out = new Map<string, AttemptScore[]>(learners.map((l) => [l.userId, []]));
  if (!learners.length) return out;
  const byUser = new Map(learners.map((l) => [l.userId, l]));
  const rows = await db().$queryRaw<
    { userId: string; forms: unknown; finishedAt: Date | string; answers: [number, boolean | null, boolean][] | null }[]
  >`
    select a."userId", jsonb_path_query_array(a.items, '$[*].form') as forms, a."finishedAt",
      json_agg(json_build_array(q."itemIndex", q.correct, q.late)) filter (where q.id is not null) as answers
    from "QuizAttempt" a
    left join "QuizAnswer" q on q."attemptId" = a.id
    where a."definitionId" = ${quizId} and a."finishedAt" is not null and a."userId" = any(${[...byUser.keys()]}::text[])
    group by a.id`;
  for (const r of rows) {
    const l = byUser.get(r.userId)!;
    const finishedAt = new Date(r.finishedAt);
    if (finishedAt < l.from) continue;
    const items = formsSchema.parse(r.forms).map((form, index) => ({ form, index }));
    const answers = (r.answers ?? []).map(([itemIndex, correct, late]) => ({ itemIndex, correct, late }));
    const plain = plainScore(items, answers);
    if (plain.total) out.get(r.userId)!.push({ finishedAt, score: plain.correct / plain.total });
  }
  return out;
}
