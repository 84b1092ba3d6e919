-- CreateTable
CREATE TABLE "TallyBasis" (
    "assignmentId" TEXT NOT NULL,
    "cardsStamp" TEXT NOT NULL,
    "classStamp" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TallyBasis_pkey" PRIMARY KEY ("assignmentId")
);

-- CreateTable
CREATE TABLE "TallyCard" (
    "assignmentId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "countsDays" BOOLEAN NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "learners" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TallyCard_pkey" PRIMARY KEY ("assignmentId","cardId")
);

-- CreateTable
CREATE TABLE "TallyLearner" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "from" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TallyLearner_pkey" PRIMARY KEY ("assignmentId","userId")
);

-- CreateTable
CREATE TABLE "TallyDay" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "dayAnswers" INTEGER NOT NULL DEFAULT 0,
    "dayPassed" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMP(3),

    CONSTRAINT "TallyDay_pkey" PRIMARY KEY ("assignmentId","userId","day")
);

-- CreateIndex
CREATE INDEX "TallyLearner_userId_idx" ON "TallyLearner"("userId");

-- AddForeignKey
ALTER TABLE "TallyBasis" ADD CONSTRAINT "TallyBasis_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TallyCard" ADD CONSTRAINT "TallyCard_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TallyLearner" ADD CONSTRAINT "TallyLearner_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TallyDay" ADD CONSTRAINT "TallyDay_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept tallies are maintained from here, for every change to the review log: an answer written,
-- undone (or restored), or deleted with its account. lib/db/assignment-tally.ts builds them and
-- reads them; an integration test checks them against counting the review log directly.

-- The pass rule of lib/srs (isPass: grade >= PASSING_GRADE). lib/db/assignment-tally.int.test.ts
-- checks that it agrees with isPass on every grade.
CREATE FUNCTION "tally_passed"(grade INTEGER) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN grade >= 3 THEN 1 ELSE 0 END
$$;

-- The advisory lock that orders the review writes of a learner (shared) against building or
-- re-seating their kept tallies (exclusive).
CREATE FUNCTION "tally_lock_key"(user_id TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
  SELECT hashtextextended('tally ' || user_id, 0)
$$;

-- One answer that joins (sign 1) or leaves (sign -1) the counted answers.
CREATE TYPE "TallyDelta" AS (id TEXT, "userId" TEXT, "cardId" TEXT, "dayKey" TEXT, grade INTEGER, "serverAt" TIMESTAMP(3), sign INTEGER);

-- Applies the changes of one statement to the review log to every kept tally they count in. Set-based,
-- after the statement, so that several answers of one learner to one card in one statement (an
-- import, an account deleted) move the first day and the learners of a card once: the
-- counted answers of each pair (learner, card) before the statement are those after it, without the ones that joined, with
-- the ones that left.
CREATE FUNCTION "tally_apply"(deltas "TallyDelta"[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(deltas), 0) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock_shared("tally_lock_key"(u))
  FROM (SELECT DISTINCT d."userId" AS u FROM unnest(deltas) d ORDER BY 1) s;

  WITH hit AS (
    SELECT l."assignmentId" AS a, l."from" AS f, c."countsDays"::int AS in_days, "tally_passed"(d.grade) AS pass, d.*
    FROM unnest(deltas) d
    JOIN "TallyLearner" l ON l."userId" = d."userId" AND d."serverAt" >= l."from"
    JOIN "TallyCard" c ON c."assignmentId" = l."assignmentId" AND c."cardId" = d."cardId"
  ),
  pairs AS (SELECT DISTINCT a, f, "userId", "cardId" FROM hit),
  state AS (
    SELECT p.a, p."userId", p."cardId", af.n AS n_after, af.first AS first_after,
      bf.n + rm.n AS n_before, least(bf.first, rm.first) AS first_before
    FROM pairs p
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, min(x."dayKey" COLLATE "C") AS first FROM "Review" x
      WHERE x."userId" = p."userId" AND x."cardId" = p."cardId" AND x."undoneAt" IS NULL AND x."serverAt" >= p.f
    ) af
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, min(x."dayKey" COLLATE "C") AS first FROM "Review" x
      WHERE x."userId" = p."userId" AND x."cardId" = p."cardId" AND x."undoneAt" IS NULL AND x."serverAt" >= p.f
        AND x.id NOT IN (SELECT h.id FROM hit h WHERE h.a = p.a AND h."userId" = p."userId" AND h."cardId" = p."cardId" AND h.sign = 1)
    ) bf
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, min(h."dayKey" COLLATE "C") AS first FROM hit h
      WHERE h.a = p.a AND h."userId" = p."userId" AND h."cardId" = p."cardId" AND h.sign = -1
    ) rm
  ),
  day_deltas AS (
    SELECT a, "userId", "dayKey" AS day, sign AS answers, sign * pass AS passed, 0 AS new, sign * in_days AS da, sign * pass * in_days AS dp FROM hit
    UNION ALL SELECT a, "userId", first_after, 0, 0, 1, 0, 0 FROM state WHERE first_after IS NOT NULL
    UNION ALL SELECT a, "userId", first_before, 0, 0, -1, 0, 0 FROM state WHERE first_before IS NOT NULL
  ),
  days AS (
    SELECT dd.a, dd."userId", dd.day, sum(dd.answers)::int AS answers, sum(dd.passed)::int AS passed, sum(dd.new)::int AS new,
      sum(dd.da)::int AS da, sum(dd.dp)::int AS dp,
      -- The last counted answer of the day, from the log as it now stands (it may be the one that left).
      (SELECT max(x."serverAt") FROM "Review" x
        JOIN "TallyLearner" l ON l."assignmentId" = dd.a AND l."userId" = x."userId"
        JOIN "TallyCard" c ON c."assignmentId" = dd.a AND c."cardId" = x."cardId"
        WHERE x."userId" = dd."userId" AND x."dayKey" = dd.day AND x."undoneAt" IS NULL AND x."serverAt" >= l."from") AS last_at
    FROM day_deltas dd
    GROUP BY dd.a, dd."userId", dd.day
  ),
  kept_days AS (
    INSERT INTO "TallyDay" ("assignmentId", "userId", day, answers, passed, "newCards", "dayAnswers", "dayPassed", "lastAt")
    SELECT a, "userId", day, answers, passed, new, da, dp, last_at FROM days
    ON CONFLICT ("assignmentId", "userId", day) DO UPDATE SET
      answers = "TallyDay".answers + EXCLUDED.answers,
      passed = "TallyDay".passed + EXCLUDED.passed,
      "newCards" = "TallyDay"."newCards" + EXCLUDED."newCards",
      "dayAnswers" = "TallyDay"."dayAnswers" + EXCLUDED."dayAnswers",
      "dayPassed" = "TallyDay"."dayPassed" + EXCLUDED."dayPassed",
      "lastAt" = EXCLUDED."lastAt"
  ),
  card_deltas AS (
    SELECT a, "cardId", sign AS answers, sign * pass AS passed, 0 AS learners FROM hit
    UNION ALL
    SELECT a, "cardId", 0, 0, (n_after > 0)::int - (n_before > 0)::int FROM state
  )
  UPDATE "TallyCard" c SET answers = c.answers + s.answers, passed = c.passed + s.passed, learners = c.learners + s.learners
  FROM (SELECT a, "cardId", sum(answers)::int AS answers, sum(passed)::int AS passed, sum(learners)::int AS learners
        FROM card_deltas GROUP BY a, "cardId") s
  WHERE c."assignmentId" = s.a AND c."cardId" = s."cardId";
END
$$;

CREATE FUNCTION "tally_review_insert"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tally_apply"(ARRAY(
    SELECT ROW(n.id, n."userId", n."cardId", n."dayKey", n.grade, n."serverAt", 1)::"TallyDelta" FROM new_rows n WHERE n."undoneAt" IS NULL));
  RETURN NULL;
END
$$;

CREATE FUNCTION "tally_review_delete"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tally_apply"(ARRAY(
    SELECT ROW(o.id, o."userId", o."cardId", o."dayKey", o.grade, o."serverAt", -1)::"TallyDelta" FROM old_rows o WHERE o."undoneAt" IS NULL));
  RETURN NULL;
END
$$;

-- An update counts when it undoes or restores an answer (as the row leaving, then joining).
CREATE FUNCTION "tally_review_update"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tally_apply"(ARRAY(
    SELECT ROW(o.id, o."userId", o."cardId", o."dayKey", o.grade, o."serverAt", -1)::"TallyDelta"
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."undoneAt" IS NULL AND (n."undoneAt" IS NOT NULL OR (n."userId", n."cardId", n."dayKey", n.grade, n."serverAt")
      IS DISTINCT FROM (o."userId", o."cardId", o."dayKey", o.grade, o."serverAt"))
    UNION ALL
    SELECT ROW(n.id, n."userId", n."cardId", n."dayKey", n.grade, n."serverAt", 1)::"TallyDelta"
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE n."undoneAt" IS NULL AND (o."undoneAt" IS NOT NULL OR (n."userId", n."cardId", n."dayKey", n.grade, n."serverAt")
      IS DISTINCT FROM (o."userId", o."cardId", o."dayKey", o.grade, o."serverAt"))));
  RETURN NULL;
END
$$;

CREATE TRIGGER "Review_tally_insert" AFTER INSERT ON "Review" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "tally_review_insert"();
CREATE TRIGGER "Review_tally_delete" AFTER DELETE ON "Review" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "tally_review_delete"();
CREATE TRIGGER "Review_tally_update" AFTER UPDATE ON "Review" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "tally_review_update"();
