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
