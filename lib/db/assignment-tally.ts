import 'server-only';
import type { DayKey } from '@/lib/srs/day';
import type { CardTally, DayTally, DeckTallies } from './assignment-counts';
import { db } from './client';
import { Prisma } from './generated/client';

/**
 * A deck assignment's kept tally: the same numbers as counting the review log
 * (lib/db/assignment-counts.ts's deckTallies), kept up to date on write so that a dashboard
 * reads a few thousand rows instead of the class's 100k answers.
 *
 * - TallyCard: the scope (the deck's live cards when built) and each card's counted answers.
 * - TallyLearner: each learner in it, with their `from`.
 * - TallyDay: each learner's counted answers per learning day, and the cards first answered then.
 *
 * A trigger on Review (migration `assignment_tally`) applies every answer written, undone,
 * restored or deleted. What the trigger cannot see is checked on every read, before reading:
 * the deck's live cards and the class's deck assignments (TallyBasis: else the whole tally is
 * rebuilt), and each learner's `from` (joined, left, moved time zone, start date edited: those
 * learners are taken out with what they added, and put back). So a tally is either what the
 * review log says or rebuilt from it before it is read. lib/db/assignment-tally.int.test.ts
 * checks both against deckTallies after writes of every kind.
 *
 * A learner's review writes take a shared advisory lock on them (tally_lock_key) and building
 * or re-seating takes it exclusively, so no answer falls between a rebuild's read and its write.
 */

/** A learner as the tally needs them: their `from`, their today and the first day of their last 7. */
export interface TallyLearnerInput {
  userId: string;
  from: Date;
  today: DayKey;
  weekStart: DayKey;
}

export interface KeptTallyInput {
  assignmentId: string;
  deckId: string;
  /** The class's deck assignments, in the order that decides which one counts a shared card's days. */
  classStamp: string;
  /** Decks of earlier deck assignments: their cards count in the per-day figures there, not here. */
  skipDecks: readonly string[];
  learners: readonly TallyLearnerInput[];
}

type Tx = Prisma.TransactionClient;

/** The deck's live cards, as one value to compare. */
const cardsStampSql = (deckId: string) => Prisma.sql`
  select md5(coalesce(string_agg(dc."cardId", ',' order by dc."cardId" collate "C"), ''))
  from "DeckCard" dc join "Card" c on c.id = dc."cardId" and c."archivedAt" is null
  where dc."deckId" = ${deckId}`;

/**
 * Exclusive locks for changing a kept tally: first on the tally itself (two loads that both
 * found it out of date take turns), then on these learners, in one order (so two changes never
 * wait on each other in a ring). A statement writing answers holds its learners' locks shared;
 * the app's writes are one learner's at a time.
 */
async function lockLearners(tx: Tx, assignmentId: string, userIds: readonly string[]) {
  await tx.$queryRaw`select count(pg_advisory_xact_lock("tally_lock_key"(${`assignment ${assignmentId}`})))`;
  const ids = [...new Set(userIds)].sort();
  for (let i = 0; i < ids.length; i += 500)
    await tx.$queryRaw`select count(pg_advisory_xact_lock("tally_lock_key"(u))) from unnest(${ids.slice(i, i + 500)}::text[]) as u`;
}

/** The counted answers of the given tally learners (their stored `from`) to the scope's cards. */
const countedSql = (assignmentId: string, userIds: readonly string[]) => Prisma.sql`
  counted as materialized (
    select r."userId", r."cardId", r."dayKey" collate "C" as day, "tally_passed"(r.grade) as pass, r."serverAt",
      c."countsDays"::int as in_days
    from "TallyLearner" l
    join "Review" r on r."userId" = l."userId" and r."serverAt" >= l."from" and r."undoneAt" is null
    join "TallyCard" c on c."assignmentId" = l."assignmentId" and c."cardId" = r."cardId"
    where l."assignmentId" = ${assignmentId} and l."userId" = any(${[...userIds]}::text[])
  )`;

/** Puts learners in (no rows of theirs yet) and adds what they answered. */
async function addLearners(tx: Tx, assignmentId: string, learners: readonly TallyLearnerInput[]) {
  if (!learners.length) return;
  const ids = learners.map((l) => l.userId);
  await tx.$executeRaw`
    insert into "TallyLearner" ("assignmentId", "userId", "from")
    select ${assignmentId}, u, f from unnest(${ids}::text[], ${learners.map((l) => l.from.toISOString())}::timestamp[]) as x(u, f)`;
  await tx.$executeRaw`
    with ${countedSql(assignmentId, ids)},
    firsts as (
      select "userId", day, count(*)::int as n
      from (select "userId", min(day) as day from counted group by "userId", "cardId") f
      group by "userId", day
    ),
    days as (
      insert into "TallyDay" ("assignmentId", "userId", day, answers, passed, "newCards", "dayAnswers", "dayPassed", "lastAt")
      select ${assignmentId}, d."userId", d.day, d.answers, d.passed, coalesce(f.n, 0), d."dayAnswers", d."dayPassed", d."lastAt"
      from (
        select "userId", day, count(*)::int as answers, sum(pass)::int as passed, sum(in_days)::int as "dayAnswers",
          sum(pass * in_days)::int as "dayPassed", max("serverAt") as "lastAt"
        from counted group by "userId", day
      ) d
      left join firsts f on f."userId" = d."userId" and f.day = d.day
    )
    update "TallyCard" c
    set answers = c.answers + s.answers, passed = c.passed + s.passed, learners = c.learners + s.learners
    from (
      select "cardId", count(*)::int as answers, sum(pass)::int as passed, count(distinct "userId")::int as learners
      from counted group by "cardId"
    ) s
    where c."assignmentId" = ${assignmentId} and c."cardId" = s."cardId"`;
}

/** Takes learners out, with what they added (counted with the `from` they were put in with). */
async function removeLearners(tx: Tx, assignmentId: string, userIds: readonly string[]) {
  if (!userIds.length) return;
  await tx.$executeRaw`
    with ${countedSql(assignmentId, userIds)}
    update "TallyCard" c
    set answers = c.answers - s.answers, passed = c.passed - s.passed, learners = c.learners - s.learners
    from (
      select "cardId", count(*)::int as answers, sum(pass)::int as passed, count(distinct "userId")::int as learners
      from counted group by "cardId"
    ) s
    where c."assignmentId" = ${assignmentId} and c."cardId" = s."cardId"`;
  await tx.$executeRaw`delete from "TallyDay" where "assignmentId" = ${assignmentId} and "userId" = any(${[...userIds]}::text[])`;
  await tx.$executeRaw`delete from "TallyLearner" where "assignmentId" = ${assignmentId} and "userId" = any(${[...userIds]}::text[])`;
}

/**
 * The tally from scratch: the deck's live cards as its scope, and every learner's answers.
 * False when another load rebuilt it for the same basis meanwhile (nothing done).
 */
async function rebuild(input: KeptTallyInput, cardsStamp: string): Promise<boolean> {
  const a = input.assignmentId;
  return db().$transaction(
    async (tx) => {
      // A class's whole log is grouped three ways at once: in memory, not in temporary files.
      await tx.$executeRaw`set local work_mem = '64MB'`;
      const kept = await tx.$queryRaw<{ userId: string }[]>`select "userId" from "TallyLearner" where "assignmentId" = ${a}`;
      await lockLearners(tx, a, [...input.learners.map((l) => l.userId), ...kept.map((k) => k.userId)]);
      const [basis] = await tx.$queryRaw<{ n: number }[]>`
        select count(*)::int as n from "TallyBasis"
        where "assignmentId" = ${a} and "cardsStamp" = ${cardsStamp} and "classStamp" = ${input.classStamp}`;
      if (basis?.n) return false;
      await tx.$executeRaw`delete from "TallyDay" where "assignmentId" = ${a}`;
      await tx.$executeRaw`delete from "TallyLearner" where "assignmentId" = ${a}`;
      await tx.$executeRaw`delete from "TallyCard" where "assignmentId" = ${a}`;
      await tx.$executeRaw`delete from "TallyBasis" where "assignmentId" = ${a}`;
      await tx.$executeRaw`
        insert into "TallyCard" ("assignmentId", "cardId", "countsDays")
        select ${a}, dc."cardId",
          not exists (select 1 from "DeckCard" x where x."cardId" = dc."cardId" and x."deckId" = any(${[...input.skipDecks]}::text[]))
        from "DeckCard" dc join "Card" c on c.id = dc."cardId" and c."archivedAt" is null
        where dc."deckId" = ${input.deckId}`;
      await addLearners(tx, a, input.learners);
      await tx.$executeRaw`
        insert into "TallyBasis" ("assignmentId", "cardsStamp", "classStamp") values (${a}, ${cardsStamp}, ${input.classStamp})`;
      return true;
    },
    { timeout: 60_000 },
  );
}

/** Re-seats the learners whose `from` changed, left or are new (under their locks, so checked again there). */
async function reseat(input: KeptTallyInput, userIds: readonly string[]) {
  const a = input.assignmentId;
  const wanted = new Map(input.learners.map((l) => [l.userId, l]));
  await db().$transaction(
    async (tx) => {
      await lockLearners(tx, a, userIds);
      const kept = await tx.$queryRaw<{ userId: string; from: Date | string }[]>`
        select "userId", "from" from "TallyLearner" where "assignmentId" = ${a} and "userId" = any(${[...userIds]}::text[])`;
      const keptFrom = new Map(kept.map((k) => [k.userId, new Date(k.from).getTime()]));
      const stale = userIds.filter((u) => keptFrom.has(u) && keptFrom.get(u) !== wanted.get(u)?.from.getTime());
      await removeLearners(tx, a, stale);
      await addLearners(
        tx,
        a,
        userIds.flatMap((u) => {
          const l = wanted.get(u);
          return l && (!keptFrom.has(u) || stale.includes(u)) ? [l] : [];
        }),
      );
    },
    { timeout: 60_000 },
  );
}

/** Brings the tally up to date with everything the trigger cannot see (see the top of this file). */
async function bringUpToDate(input: KeptTallyInput) {
  const a = input.assignmentId;
  const [[basis], kept] = await Promise.all([
    db().$queryRaw<{ cardsStamp: string | null; classStamp: string | null; current: string }[]>`
      select b."cardsStamp", b."classStamp", (${cardsStampSql(input.deckId)}) as current
      from (select 1) x left join "TallyBasis" b on b."assignmentId" = ${a}`,
    db().$queryRaw<{ userId: string; from: Date | string }[]>`select "userId", "from" from "TallyLearner" where "assignmentId" = ${a}`,
  ]);
  if (basis!.cardsStamp !== basis!.current || basis!.classStamp !== input.classStamp) {
    // Built for these learners; if another load built it first, it may have had others.
    if (!(await rebuild(input, basis!.current))) await bringUpToDate(input);
    return;
  }
  const keptFrom = new Map(kept.map((k) => [k.userId, new Date(k.from).getTime()]));
  const changed = input.learners.filter((l) => keptFrom.get(l.userId) !== l.from.getTime()).map((l) => l.userId);
  const wanted = new Set(input.learners.map((l) => l.userId));
  const gone = kept.map((k) => k.userId).filter((u) => !wanted.has(u));
  if (changed.length || gone.length) await reseat(input, [...changed, ...gone]);
}

/**
 * deckTallies's numbers for a deck assignment, from its kept tally (brought up to date first).
 * Learners' rows come back in the input's order of learners; cards and days as deckTallies's.
 */
export async function keptTallies(input: KeptTallyInput, options: { cards?: boolean; days?: boolean } = {}): Promise<DeckTallies> {
  await bringUpToDate(input);
  const a = input.assignmentId;
  const ls = input.learners;
  const [learnerRows, cardRows, dayRows] = await Promise.all([
    db().$queryRaw<
      { ui: number; seen: number; answers: number; passed: number; reviews7d: number; lastActive: Date | string | null; newToday: number }[]
    >`
      select (l.o - 1)::int as ui, sum(d."newCards")::int as seen, sum(d.answers)::int as answers, sum(d.passed)::int as passed,
        coalesce(sum(d.answers) filter (where d.day collate "C" >= l.w), 0)::int as "reviews7d", max(d."lastAt") as "lastActive",
        coalesce(sum(d."newCards") filter (where d.day = l.t), 0)::int as "newToday"
      from unnest(${ls.map((l) => l.userId)}::text[], ${ls.map((l) => l.today)}::text[], ${ls.map((l) => l.weekStart)}::text[])
        with ordinality as l(u, t, w, o)
      join "TallyDay" d on d."assignmentId" = ${a} and d."userId" = l.u
      group by l.o
      having sum(d.answers) > 0`,
    options.cards
      ? db().$queryRaw<CardTally[]>`
          select "cardId", answers as reviews, passed, learners from "TallyCard" where "assignmentId" = ${a} and answers > 0`
      : Promise.resolve([]),
    options.days
      ? db().$queryRaw<DayTally[]>`
          select day, sum("dayAnswers")::int as reviews, sum("dayPassed")::int as passed
          from "TallyDay" where "assignmentId" = ${a} and "userId" = any(${ls.map((l) => l.userId)}::text[])
          group by day having sum("dayAnswers") > 0 order by day collate "C"`
      : Promise.resolve([]),
  ]);
  return {
    learners: new Map(
      learnerRows.map(({ ui, lastActive, ...t }) => [
        ls[ui]!.userId,
        { ...t, lastActive: lastActive === null ? null : new Date(lastActive) },
      ]),
    ),
    cards: cardRows,
    days: dayRows,
  };
}
