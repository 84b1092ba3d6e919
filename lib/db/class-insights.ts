import 'server-only';
/**
 * Class-wide aggregates for the teacher dashboard, computed in SQL: a class of 200 learners
 * with 100k reviews must not travel to Node row by row. Every query keeps to the class's
 * CURRENT members (`leftAt` null) and to what they did from their `from` for the assignment on
 * (lib/classes/progress's memberStarts: the start date on their own clock, or when they joined
 * if later, exactly as progress counts); undone answers and the runs of undone answers never
 * count.
 */
import type { AnswerGroup } from '@/lib/classes/quiz-items';
import type { PredictRunGroups } from '@/lib/classes/misconceptions';
import type { MemberStart } from '@/lib/classes/progress';
import { db } from './client';
import { Prisma } from './generated/client';

/**
 * Each learner's `from` per start day, as a table. How it is joined matters on a big class:
 * the planner cannot tell that every learner shares the class's start day, so a join of
 * `starts` to the 500 cards of the scope on the day alone looked like 30 rows, was 100,000,
 * and drove a nested loop into the runs 100,000 times (560–890 ms a load on the
 * benchmark's class). So the runs match learner and day as one key (`startKey`), and the
 * quiz answers join starts to the few quiz assignments first, then to attempts on
 * (learner, quiz); both are hash joins, linear in the class.
 */
const startsCte = (starts: readonly MemberStart[]) => Prisma.sql`
  starts as (
    select u as "userId", d as "startDay", f as "from"
    from unnest(${starts.map((x) => x.userId)}::text[], ${starts.map((x) => x.startDay)}::text[],
      ${starts.map((x) => x.from.toISOString())}::timestamp[]) as x(u, d, f)
  )`;

/** A learner and a start day as one value (SQL expressions), to join on. */
const startKey = (userId: Prisma.Sql, startDay: Prisma.Sql) => Prisma.sql`${userId} || ' ' || ${startDay}`;

/** The cards of the class's active deck assignments, each with the earliest start that covers it. */
const scopeCte = (classId: string, starts: readonly MemberStart[]) => Prisma.sql`
  scope as (
    select dc."cardId", to_char(min(a."startsAt"), 'YYYY-MM-DD') as "startDay"
    from "Assignment" a
    join "DeckCard" dc on dc."deckId" = a."deckId"
    where a."classId" = ${classId} and a."archivedAt" is null and a.kind = 'deck'
    group by dc."cardId"
  ),
  members as (
    select "userId" from "ClassMember" where "classId" = ${classId} and "leftAt" is null
  ),
  ${startsCte(starts)}`;

/**
 * The counted runs of the class's assigned predict cards, grouped in the database (a class of
 * 200 with ten predict cards has thousands of runs; the groups are a few dozen rows): by card
 * and outcome, and each learner's first run of a card (the earliest, then the lowest id) by
 * its prediction, confidence and correctness. lib/classes/misconceptions reads the groups.
 */
export async function classPredictRunGroups(classId: string, starts: readonly MemberStart[]): Promise<PredictRunGroups> {
  const rows = await db().$queryRaw<
    {
      kind: 'outcome' | 'first';
      cardId: string;
      value: string;
      confidence: string | null;
      correct: boolean | null;
      n: number;
      firstAt: Date | string;
    }[]
  >`
    with ${scopeCte(classId, starts)},
    counted as (
      select e.id, e."userId", e."cardId", e.prediction, e.confidence, e.outcome, e.correct, e."createdAt"
      from "ExperimentRun" e
      join members m on m."userId" = e."userId"
      join scope s on s."cardId" = e."cardId"
      join starts st on ${startKey(Prisma.sql`st."userId"`, Prisma.sql`st."startDay"`)} = ${startKey(Prisma.sql`e."userId"`, Prisma.sql`s."startDay"`)}
      left join "Review" r on r.id = e."reviewId"
      where e."createdAt" >= st."from" and (e."reviewId" is null or r."undoneAt" is null)
    ),
    firsts as (
      select distinct on ("cardId", "userId") "cardId", prediction, confidence, correct, "createdAt"
      from counted
      order by "cardId", "userId", "createdAt", id
    )
    select 'outcome' as kind, "cardId", outcome as value, null::text as confidence, null::boolean as correct,
      count(*)::int as n, min("createdAt") as "firstAt"
    from counted group by "cardId", outcome
    union all
    select 'first', "cardId", prediction, confidence, correct, count(*)::int, min("createdAt")
    from firsts group by "cardId", prediction, confidence, correct`;
  const groups: PredictRunGroups = { outcomes: [], firsts: [] };
  for (const r of rows) {
    const firstAt = new Date(r.firstAt);
    if (r.kind === 'outcome') groups.outcomes.push({ cardId: r.cardId, outcome: r.value, runs: r.n, firstAt });
    else
      groups.firsts.push({
        cardId: r.cardId,
        prediction: r.value,
        confidence: r.confidence,
        correct: r.correct === true,
        learners: r.n,
        firstAt,
      });
  }
  return groups;
}

/**
 * Scored answers to the class's assigned quizzes, grouped by item card, correctness and
 * certainty. The card comes from the attempt's item snapshot (`items[itemIndex].cardId`).
 * An attempt counts for a quiz assignment when it started at or after the learner's `from`
 * for that assignment's start day.
 */
export async function classQuizAnswerGroups(classId: string, starts: readonly MemberStart[]): Promise<AnswerGroup[]> {
  return db().$queryRaw<AnswerGroup[]>`
    with ${startsCte(starts)},
    quiz_starts as (
      select a."quizId", st."userId", st."from"
      from "Assignment" a
      join starts st on st."startDay" = to_char(a."startsAt", 'YYYY-MM-DD')
      where a."classId" = ${classId} and a."archivedAt" is null and a.kind = 'quiz'
    )
    select (t.items -> qa."itemIndex" ->> 'cardId') as "cardId", qa.correct, qa.certainty, count(*)::int as count
    from "QuizAnswer" qa
    join "QuizAttempt" t on t.id = qa."attemptId"
    join "ClassMember" m on m."userId" = t."userId" and m."classId" = ${classId} and m."leftAt" is null
    where qa.correct is not null
      and exists (
        select 1 from quiz_starts q
        where q."quizId" = t."definitionId" and q."userId" = t."userId" and t."startedAt" >= q."from"
      )
    group by 1, 2, 3`;
}
