import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPass } from '@/lib/srs/stats-summary';
import { dayKey } from '@/lib/srs/day';
import { currentMembers, listClassAssignments, membersProgress, type AssignmentProgressTable } from './assignments';
import { db } from './client';
import { dashboardTallies, refreshKeptTalliesFor } from './class-dashboard';
import { recordAnswer, undoAnswer } from './reviews';
import { answerInput, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import type { AppUser } from './users';

/**
 * The kept tallies (lib/db/assignment-tally.ts) against counting the review log directly
 * (deckTallies), after writes of every kind: answers through the app, undo and restore, answers
 * written late (an import) and deleted with an account, joining, leaving and rejoining, a move to
 * another time zone, a card archived or added, and an edited start date. Every learner's numbers,
 * every card's and every day's must be the same. And the tally must really be kept: answers and
 * membership changes must not rebuild it (else this would only compare a count with itself).
 */
let t: TestDb;
let classId: string;
let a1: string, a2: string;
let deckA: string[], deckB: string[], outside: string[];
let learners: AppUser[];
const now = new Date('2026-03-20T06:00:00Z');

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

let keys = 0;
/** An answer row as any writer leaves it (the import path writes rows like this). */
async function writeReview(u: AppUser, cardId: string, grade: number, at: Date) {
  const user = (await db().user.findUniqueOrThrow({ where: { id: u.id } }))!;
  return db().review.create({
    data: {
      userId: u.id,
      cardId,
      idempotencyKey: `kt-${++keys}`,
      grade,
      durationMs: 1000,
      kind: 'review',
      efAfter: 2.5,
      intervalAfter: 1,
      dueAfter: at,
      versionAfter: 1,
      dayKey: dayKey(at, user.timeZone, user.rolloverHour),
      clientAt: at,
      serverAt: at,
    },
  });
}

const sortBy = <T>(xs: readonly T[], key: (x: T) => string) => [...xs].sort((x, y) => key(x).localeCompare(key(y)));
const shape = (p: AssignmentProgressTable) => ({
  rows: p.rows.map((r) => ({ userId: r.userId, progress: r.progress })),
  cards: sortBy(p.cards, (c) => c.cardId),
  days: p.days,
});

/** Both counts for every assignment; the kept one must equal the direct one. */
async function expectKeptEqualsCounted() {
  const [assignments, members] = await Promise.all([listClassAssignments(classId), currentMembers(classId)]);
  const options = dashboardTallies(assignments);
  for (const a of assignments) {
    const { kept, ...direct } = options(a);
    expect(kept).toBeDefined();
    const counted = shape(await membersProgress(a, members, now, { cards: true, ...direct }));
    const fromKept = shape(await membersProgress(a, members, now, { cards: true, ...direct, kept }));
    expect(fromKept).toEqual(counted);
  }
}

const builtAt = async (assignmentId: string) => (await db().tallyBasis.findUnique({ where: { assignmentId } }))?.builtAt.getTime();

beforeAll(async () => {
  t = await createTestDb();
  deckA = await seedDeck('kt-a', 6);
  deckB = await seedDeck('kt-b', 4);
  outside = await seedDeck('kt-out', 2);
  // Two cards in both decks: their days count under the earlier assignment only.
  for (const [i, cardId] of deckA.slice(0, 2).entries())
    await db().deckCard.create({ data: { deckId: 'kt-b', cardId, position: 100 + i } });
  const teacher = await seedLearner();
  await db().user.update({ where: { id: teacher.id }, data: { role: 'teacher' } });
  classId = (await db().class.create({ data: { name: 'Kept', joinCode: 'KEPTTALLY', teacherId: teacher.id } })).id;
  learners = [
    await seedLearner({ timeZone: 'Asia/Shanghai' }),
    await seedLearner({ timeZone: 'America/New_York', rolloverHour: 0 }),
    await seedLearner({ timeZone: 'Europe/London' }),
    await seedLearner({ timeZone: 'Pacific/Auckland', rolloverHour: 6 }),
    await seedLearner({ timeZone: 'Asia/Kolkata' }),
  ];
  // The last one joins late; the others at the start of the month.
  for (const [i, u] of learners.entries())
    await db().classMember.create({
      data: { classId, userId: u.id, joinedAt: new Date(i === 4 ? '2026-03-09T12:00:00Z' : '2026-03-01T00:00:00Z') },
    });
  a1 = (
    await db().assignment.create({
      data: { classId, kind: 'deck', deckId: 'kt-a', startsAt: new Date('2026-03-03T00:00:00Z'), dueAt: new Date('2026-03-25T00:00:00Z') },
    })
  ).id;
  a2 = (
    await db().assignment.create({
      data: { classId, kind: 'deck', deckId: 'kt-b', startsAt: new Date('2026-03-06T00:00:00Z'), dueAt: new Date('2026-03-28T00:00:00Z') },
    })
  ).id;
});

afterAll(async () => {
  await t?.close();
});

describe('kept tallies', () => {
  it("uses lib/srs's pass rule", async () => {
    const rows = await db().$queryRaw<{ g: number; p: number }[]>`select g, "tally_passed"(g) as p from generate_series(0, 5) as g`;
    expect(rows.map((r) => r.p === 1)).toEqual(rows.map((r) => isPass(r.g)));
  });

  it('equals counting the review log after writes of every kind, and keeps it without rebuilding', async () => {
    const rand = prng(20260303);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const day = (d: number, h: number) => new Date(Date.UTC(2026, 2, d, h, Math.floor(rand() * 60)));
    const cards = [...deckA, ...deckB, ...outside];
    const randomAnswer = () =>
      writeReview(pick(learners), pick(cards), Math.floor(rand() * 6), day(1 + Math.floor(rand() * 19), Math.floor(rand() * 24)));

    for (let i = 0; i < 40; i++) await randomAnswer();
    await expectKeptEqualsCounted(); // builds both
    const built = [await builtAt(a1), await builtAt(a2)];
    expect(built.every((b) => b !== undefined)).toBe(true);

    // Answers written, undone, restored and deleted: the trigger keeps up.
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 15; i++) await randomAnswer();
      const standing = await db().review.findMany({ where: { undoneAt: null }, select: { id: true }, orderBy: { id: 'asc' } });
      for (let i = 0; i < 4; i++) await db().review.update({ where: { id: pick(standing).id }, data: { undoneAt: now } });
      const undone = await db().review.findMany({ where: { undoneAt: { not: null } }, select: { id: true }, orderBy: { id: 'asc' } });
      await db().review.update({ where: { id: pick(undone).id }, data: { undoneAt: null } });
      await db().review.delete({ where: { id: pick(standing.slice(0, 10)).id } });
      await expectKeptEqualsCounted();
    }

    // Through the app: an answer and its undo.
    const ada = learners[0]!;
    const answered = await recordAnswer(ada, { ...answerInput(deckB[3]!, 5, 'kt-app'), clientAt: now.toISOString() }, now);
    expect(answered.kind).toBe('ok');
    await expectKeptEqualsCounted();
    const last = await db().review.findFirstOrThrow({ where: { userId: ada.id, idempotencyKey: 'kt-app' } });
    expect((await undoAnswer(ada.id, last.id, now)).kind).toBe('ok');
    await expectKeptEqualsCounted();

    // Membership: leave, rejoin later, move to another time zone.
    await db().classMember.update({ where: { classId_userId: { classId, userId: learners[1]!.id } }, data: { leftAt: now } });
    await expectKeptEqualsCounted();
    await db().classMember.update({
      where: { classId_userId: { classId, userId: learners[1]!.id } },
      data: { leftAt: null, joinedAt: new Date('2026-03-12T00:00:00Z') },
    });
    await db().user.update({ where: { id: learners[2]!.id }, data: { timeZone: 'America/Los_Angeles' } });
    await expectKeptEqualsCounted();
    for (let i = 0; i < 10; i++) await randomAnswer();
    await expectKeptEqualsCounted();
    // None of that rebuilt a tally: the learners were re-seated and the answers applied.
    expect([await builtAt(a1), await builtAt(a2)]).toEqual(built);

    // An account deleted: its answers leave the cards' counts with it.
    await db().user.delete({ where: { id: learners[3]!.id } });
    await expectKeptEqualsCounted();
    expect([await builtAt(a1), await builtAt(a2)]).toEqual(built);
  });

  it('counts every answer written while tallies are rebuilt and re-seated by loads side by side', async () => {
    // On PostgreSQL these run on separate connections: the locks must order them.
    await db().tallyBasis.deleteMany({ where: { assignmentId: a1 } });
    await db().classMember.update({
      where: { classId_userId: { classId, userId: learners[4]!.id } },
      data: { joinedAt: new Date('2026-03-10T00:00:00Z') },
    });
    const [assignments, members] = await Promise.all([listClassAssignments(classId), currentMembers(classId)]);
    const options = dashboardTallies(assignments);
    const loads = assignments.flatMap((a) => [0, 1, 2].map(() => membersProgress(a, members, now, { cards: true, ...options(a) })));
    const writes = Array.from({ length: 24 }, (_, i) =>
      writeReview(
        learners[i % 3]!,
        [...deckA, ...deckB][i % 10]!,
        i % 6,
        new Date(`2026-03-${String(10 + (i % 9)).padStart(2, '0')}T0${i % 9}:00:00Z`),
      ),
    );
    await Promise.all([...loads, ...writes]);
    await expectKeptEqualsCounted();
  });

  it('rebuilds when the deck or the class’s assignments change, and still equals the count', async () => {
    const before = await builtAt(a1);
    await db().card.update({ where: { id: deckA[2]! }, data: { archivedAt: now } });
    await expectKeptEqualsCounted();
    expect(await builtAt(a1)).not.toBe(before);

    await db().deckCard.create({ data: { deckId: 'kt-b', cardId: outside[0]!, position: 200 } });
    await expectKeptEqualsCounted();

    // The later assignment now starts first: the shared cards' days move to it.
    await db().assignment.update({ where: { id: a2 }, data: { startsAt: new Date('2026-03-02T00:00:00Z') } });
    await expectKeptEqualsCounted();
    await db().assignment.update({ where: { id: a1 }, data: { archivedAt: now } });
    await expectKeptEqualsCounted();
    await db().assignment.update({ where: { id: a1 }, data: { archivedAt: null } });
    for (let i = 0; i < 5; i++) await writeReview(learners[0]!, deckA[0]!, 4, new Date(`2026-03-1${i}T03:00:00Z`));
    await expectKeptEqualsCounted();
  });

  it('is brought up to date by the actions that change it, so the next load does not rebuild', async () => {
    // A new assignment changes how the class counts; a deck saved with another card changes its scope.
    await seedDeck('kt-c', 3);
    await db().assignment.create({
      data: { classId, kind: 'deck', deckId: 'kt-c', startsAt: new Date('2026-03-04T00:00:00Z'), dueAt: new Date('2026-03-26T00:00:00Z') },
    });
    await refreshKeptTalliesFor({ classId });
    await db().deckCard.create({ data: { deckId: 'kt-a', cardId: outside[1]!, position: 300 } });
    await refreshKeptTalliesFor({ deckId: 'kt-a' });
    const assignmentIds = (await listClassAssignments(classId)).filter((a) => a.kind === 'deck').map((a) => a.id);
    const before = await Promise.all(assignmentIds.map(builtAt));
    expect(before.every((b) => b !== undefined)).toBe(true);
    await expectKeptEqualsCounted();
    expect(await Promise.all(assignmentIds.map(builtAt))).toEqual(before);
  });
});
