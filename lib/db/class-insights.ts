import 'server-only';
/**
 * Class-wide aggregates for the teacher dashboard, computed in SQL: a class of 200 learners
 * with 100k reviews must not travel to Node row by row. Every query keeps to the class's
 * CURRENT members (`leftAt` null) and to what they did since they joined and from the
 * assignment's start day on (the learner's own learning day, as lib/db/assignments.ts counts
 * for progress); undone answers and the runs of undone answers never count.
 */
import type { AnswerGroup } from '@/lib/classes/quiz-items';
import type { PredictRun } from '@/lib/classes/misconceptions';
import { db } from './client';
import { Prisma } from './generated/client';
import { passedSql } from './recall-sql';

/** The cards of the class's active deck assignments, each with the earliest start that covers it. */
const scopeCte = (classId: string) => Prisma.sql`
  scope as (
    select dc."cardId", to_char(min(a."startsAt"), 'YYYY-MM-DD') as "startDay"
    from "Assignment" a
    join "DeckCard" dc on dc."deckId" = a."deckId"
    where a."classId" = ${classId} and a."archivedAt" is null and a.kind = 'deck'
    group by dc."cardId"
  ),
  members as (
    select "userId", "joinedAt" from "ClassMember" where "classId" = ${classId} and "leftAt" is null
  )`;

export interface CardTally {
  cardId: string;
  reviews: number;
  passed: number;
  learners: number;
}

export interface DayTally {
  day: string;
  reviews: number;
  passed: number;
}

/**
 * The class's counted answers to assigned cards, per card and per learning day (each
 * learner's own day key, oldest first), from one scan of the review log. The learners of a
 * card are counted from (card, learner) pairs, which hash-aggregate, instead of a distinct
 * count, which sorts the whole scan. The pass rule is lib/srs's (passedSql), as in progress.
 */
export async function classReviewTallies(classId: string): Promise<{ cards: CardTally[]; days: DayTally[] }> {
  const rows = await db().$queryRaw<{ cardId: string | null; day: string | null; reviews: number; passed: number; learners: number }[]>`
    with ${scopeCte(classId)},
    counted as materialized (
      select r."cardId", r."userId", r."dayKey", ${passedSql(Prisma.sql`r.grade`)} as pass
      from "Review" r
      join members m on m."userId" = r."userId"
      join scope s on s."cardId" = r."cardId"
      where r."undoneAt" is null and r."serverAt" >= m."joinedAt" and r."dayKey" >= s."startDay"
    ),
    pairs as (
      select "cardId", count(*) as reviews, count(*) filter (where pass) as passed from counted group by "cardId", "userId"
    )
    select "cardId", null::text as day, sum(reviews)::int as reviews, sum(passed)::int as passed, count(*)::int as learners
    from pairs group by "cardId"
    union all
    select null::text, "dayKey", count(*)::int, (count(*) filter (where pass))::int, 0 from counted group by "dayKey"`;
  const cards: CardTally[] = [];
  const days: DayTally[] = [];
  for (const r of rows) {
    if (r.cardId !== null) cards.push({ cardId: r.cardId, reviews: r.reviews, passed: r.passed, learners: r.learners });
    else if (r.day !== null) days.push({ day: r.day, reviews: r.reviews, passed: r.passed });
  }
  days.sort((x, y) => x.day.localeCompare(y.day));
  return { cards, days };
}

/** Every counted run of an assigned predict card (a few per learner and card: small). */
export async function classPredictRuns(classId: string): Promise<PredictRun[]> {
  return db().$queryRaw<PredictRun[]>`
    with ${scopeCte(classId)}
    select e."userId", e."cardId", e.prediction, e.confidence, e.outcome, e.correct, e."createdAt"
    from "ExperimentRun" e
    join members m on m."userId" = e."userId"
    join scope s on s."cardId" = e."cardId"
    left join "Review" r on r.id = e."reviewId"
    where e."createdAt" >= m."joinedAt"
      and coalesce(r."dayKey", to_char(e."createdAt", 'YYYY-MM-DD')) >= s."startDay"
      and (e."reviewId" is null or r."undoneAt" is null)`;
}

/**
 * Scored answers to the class's assigned quizzes, grouped by item card, correctness and
 * certainty. The card comes from the attempt's item snapshot (`items[itemIndex].cardId`).
 */
export async function classQuizAnswerGroups(classId: string): Promise<AnswerGroup[]> {
  return db().$queryRaw<AnswerGroup[]>`
    select (t.items -> qa."itemIndex" ->> 'cardId') as "cardId", qa.correct, qa.certainty, count(*)::int as count
    from "QuizAnswer" qa
    join "QuizAttempt" t on t.id = qa."attemptId"
    join "ClassMember" m on m."userId" = t."userId" and m."classId" = ${classId} and m."leftAt" is null
    where qa.correct is not null and t."startedAt" >= m."joinedAt"
      and exists (
        select 1 from "Assignment" a
        where a."classId" = ${classId} and a."archivedAt" is null and a.kind = 'quiz'
          and a."quizId" = t."definitionId" and t."startedAt" >= a."startsAt"
      )
    group by 1, 2, 3`;
}
