import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAssignment, setDeckLimit } from './assignment-edits';
import { assignmentSelect, getAssignmentProgress, getLearnerAssignments, listClassAssignments, toAssignment } from './assignments';
import { joinWithCode, leaveClass } from './class-members';
import { createClass } from './classes';
import { countEntries } from './counts';
import { loadReviewQueue } from './review-queue';
import { recordAnswer, undoAnswer } from './reviews';
import { answerInput, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { setRole, type AppUser } from './users';

/**
 * Assignment progress from real review logs and quiz attempts, on a real database: only a
 * current member's activity since joining counts, undone answers never, and the pace that
 * finishes the deck reaches the queue through the learner's own per-deck limit.
 */

let t: TestDb;
let cards: string[];
let teacher: AppUser;
let classId: string;
let joinCode: string;
const at = (iso: string) => new Date(iso);
// Asia/Shanghai (UTC+8), rollover 04:00: 02:00Z is 10:00 local.
const day = (d: string) => at(`${d}T02:00:00Z`);

beforeAll(async () => {
  t = await createTestDb();
  cards = await seedDeck('assigned', 20);
  teacher = await seedLearner();
  await setRole(teacher.id, 'teacher');
  const cls = await createClass(teacher.id, 'CNN 101');
  classId = cls.id;
  joinCode = cls.joinCode;
}, 300_000);
afterAll(async () => t?.close());

async function answer(user: AppUser, cardId: string, grade: 1 | 4 | 5, when: Date) {
  const state = await t.prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } } });
  const out = await recordAnswer(user, answerInput(cardId, grade, `k-${user.id}-${cardId}-${when.getTime()}`, state?.version ?? 0), when);
  expect(out.kind).toBe('ok');
  return t.prisma.review.findFirstOrThrow({ where: { userId: user.id, cardId }, orderBy: { serverAt: 'desc' } });
}

describe('deck assignment progress', () => {
  let assignmentId: string;
  let stays: AppUser;
  let leaves: AppUser;

  beforeAll(async () => {
    const saved = await saveAssignment(teacher.id, {
      classId,
      kind: 'deck',
      deckId: 'assigned',
      startDay: '2026-03-02',
      dueDay: '2026-03-13',
      target: 80,
    });
    if (!saved.ok) throw new Error('assignment not saved');
    assignmentId = saved.assignment.id;
    stays = await seedLearner();
    leaves = await seedLearner();
    // Before joining: never counted.
    await answer(stays, cards[19]!, 5, day('2026-03-01'));
    expect(await joinWithCode(stays.id, joinCode, '203.0.113.1', day('2026-03-02'))).toMatchObject({ kind: 'joined' });
    expect(await joinWithCode(leaves.id, joinCode, '203.0.113.1', day('2026-03-02'))).toMatchObject({ kind: 'joined' });
    await answer(stays, cards[0]!, 4, day('2026-03-03'));
    await answer(stays, cards[1]!, 4, day('2026-03-03'));
    await answer(stays, cards[2]!, 1, day('2026-03-04'));
    const undone = await answer(stays, cards[3]!, 1, day('2026-03-04'));
    expect((await undoAnswer(stays.id, undone.id, day('2026-03-04'))).kind).toBe('ok');
    await answer(leaves, cards[0]!, 4, day('2026-03-03'));
  }, 300_000);

  it('counts seen cards, recall and recent reviews from the review log, since joining, undone answers left out', async () => {
    const p = await getAssignmentProgress(assignmentId, at('2026-03-05T06:00:00Z'));
    const row = p!.rows.find((r) => r.userId === stays.id)!;
    // 3 of 12 days have passed: an even pace would have reached 5 of 20 cards.
    expect(row.progress).toMatchObject({ kind: 'deck', seen: 3, total: 20, reviews7d: 3, status: 'behind', daysLeft: 8 });
    expect(row.progress.kind === 'deck' && row.progress.recall).toBeCloseTo(2 / 3);
    // 17 unseen over 5th–13th (9 days): 2 a day.
    expect(row.progress.kind === 'deck' && row.progress.suggestedPerDay).toBe(2);
  });

  it('after leaving, the learner is not listed and what they did away never counts; a rejoin starts from the new joinedAt', async () => {
    expect(await leaveClass(leaves.id, classId, day('2026-03-04'))).toBe(true);
    await answer(leaves, cards[4]!, 5, day('2026-03-05'));
    const p = await getAssignmentProgress(assignmentId, day('2026-03-06'));
    expect(p!.rows.map((r) => r.userId)).toEqual([stays.id]);
    expect(await getLearnerAssignments(leaves.id, day('2026-03-06'))).toEqual([]);
    expect(await joinWithCode(leaves.id, joinCode, '203.0.113.1', day('2026-03-07'))).toMatchObject({ kind: 'joined' });
    await answer(leaves, cards[5]!, 5, day('2026-03-08'));
    const again = (await getAssignmentProgress(assignmentId, day('2026-03-08')))!.rows.find((r) => r.userId === leaves.id)!;
    // Only the answer after the rejoin: not the one before leaving, not the one while away.
    expect(again.progress).toMatchObject({ seen: 1, recall: 1 });
    expect(await t.prisma.classMember.count({ where: { classId, userId: leaves.id } })).toBe(1);
  });

  it("Today lists it with the pace, and raising the deck's own limit lets that many new cards into the queue", async () => {
    const now = day('2026-03-05');
    const [item] = await getLearnerAssignments(stays.id, now);
    expect(item).toMatchObject({ className: 'CNN 101', href: '/review/assigned', deckLimit: null, notStarted: false });
    expect(item!.progress).toMatchObject({ suggestedPerDay: 2 });
    const learner = { ...stays, newPerDay: 1 };
    const before = await loadReviewQueue(learner, undefined, now);
    expect(countEntries(before!.entries).new).toBe(1);
    expect(await setDeckLimit(stays.id, 'assigned', 12)).toBe(true);
    const raised = await loadReviewQueue(learner, undefined, now);
    // The deck's new cards now come up to its own limit, beyond the global limit of 1.
    expect(countEntries(raised!.entries).new).toBe(12);
    expect(countEntries((await loadReviewQueue(learner, 'assigned', now))!.entries).new).toBe(12);
    expect((await getLearnerAssignments(stays.id, now))[0]!.deckLimit).toBe(12);
  });

  it('is overdue after the due day, and done once every card is seen with recall at the target', async () => {
    const late = (await getAssignmentProgress(assignmentId, day('2026-03-14')))!.rows.find((r) => r.userId === stays.id)!;
    expect(late.progress).toMatchObject({ status: 'overdue', daysLeft: -1, suggestedPerDay: null });
    for (const c of cards.slice(3)) await answer(stays, c, 5, day('2026-03-12'));
    // 19 passes of 20 answers since the start (the pre-join answer to card 19 does not count).
    const done = (await getAssignmentProgress(assignmentId, day('2026-03-14')))!.rows.find((r) => r.userId === stays.id)!;
    expect(done.progress).toMatchObject({ seen: 20, status: 'done' });
  });
});

describe('quiz assignment progress', () => {
  it('takes the best and latest finished attempt since joining, scored from the answers', async () => {
    const quiz = await t.prisma.quizDefinition.create({ data: { ownerId: null, title: 'Starter', spec: {} } });
    const saved = await saveAssignment(teacher.id, {
      classId,
      kind: 'quiz',
      quizId: quiz.id,
      startDay: '2026-03-02',
      dueDay: '2026-03-13',
      target: 70,
    });
    if (!saved.ok) throw new Error('not saved');
    const learner = await seedLearner();
    const attempt = async (correct: boolean[], finished: Date | null, forms: ('mc' | 'self')[] = correct.map(() => 'mc')) =>
      t.prisma.quizAttempt.create({
        data: {
          userId: learner.id,
          definitionId: quiz.id,
          seed: 1,
          certainty: false,
          startedAt: finished ?? day('2026-03-04'),
          finishedAt: finished,
          items: correct.map((_, i) => ({ cardId: cards[i]!, form: forms[i]!, group: 'g' })),
          answers: {
            create: correct.map((c, i) => ({
              itemIndex: i,
              idempotencyKey: `q${i}-${Math.random()}`,
              response: forms[i] === 'self' ? { form: 'self', rating: 'knew' } : { form: 'mc', selected: [0] },
              correct: c,
              score: c ? 1 : 0,
            })),
          },
        },
      });
    await attempt([true, true, true, true], day('2026-03-01')); // before joining
    await joinWithCode(learner.id, joinCode, '203.0.113.2', day('2026-03-02'));
    await attempt([true, false, false, false], day('2026-03-03'));
    await attempt([true, true, true, false], day('2026-03-04'));
    await attempt([false, false, false, false], null); // still open: not counted
    const row = (await getAssignmentProgress(saved.assignment.id, day('2026-03-05')))!.rows.find((r) => r.userId === learner.id)!;
    expect(row.progress).toMatchObject({ kind: 'quiz', best: 0.75, latest: 0.75, attempts: 2, status: 'done' });
    await attempt([false, true, false, false], day('2026-03-05'));
    const after = (await getAssignmentProgress(saved.assignment.id, day('2026-03-06')))!.rows.find((r) => r.userId === learner.id)!;
    expect(after.progress).toMatchObject({ best: 0.75, latest: 0.25, attempts: 3, status: 'done' });
    // Self-rated items are not scored, whatever the rating: two of the four are, one is right.
    await attempt([true, true, true, false], day('2026-03-06'), ['mc', 'self', 'self', 'mc']);
    const rated = (await getAssignmentProgress(saved.assignment.id, day('2026-03-07')))!.rows.find((r) => r.userId === learner.id)!;
    expect(rated.progress).toMatchObject({ best: 0.75, latest: 0.5, attempts: 4 });
  });
});

describe("a class's assignment list", () => {
  it('is the assignments with their deck or quiz titles, by due day, archived ones only when asked for', async () => {
    const cls = await createClass(teacher.id, 'Listing');
    const quiz = await t.prisma.quizDefinition.create({ data: { title: '小测 1', spec: {}, ownerId: teacher.id } });
    const base = { classId: cls.id, startsAt: at('2026-03-02T00:00:00Z') };
    const late = await t.prisma.assignment.create({
      data: { ...base, kind: 'deck', deckId: 'assigned', dueAt: at('2026-03-20T00:00:00Z') },
    });
    const soon = await t.prisma.assignment.create({
      data: { ...base, kind: 'quiz', quizId: quiz.id, dueAt: at('2026-03-09T00:00:00Z'), targetScore: 0.9 },
    });
    const gone = await t.prisma.assignment.create({
      data: { ...base, kind: 'deck', deckId: 'assigned', dueAt: at('2026-03-01T00:00:00Z'), archivedAt: at('2026-03-03T00:00:00Z') },
    });
    const deck = await t.prisma.deck.findUniqueOrThrow({ where: { id: 'assigned' } });

    const live = await listClassAssignments(cls.id);
    expect(live.map((a) => a.id)).toEqual([soon.id, late.id]);
    expect(live[0]).toEqual({
      id: soon.id,
      classId: cls.id,
      kind: 'quiz',
      deckId: null,
      quizId: quiz.id,
      title: { zh: '小测 1', en: '小测 1' },
      startDay: '2026-03-02',
      dueDay: '2026-03-09',
      targetRecall: 0.8,
      targetScore: 0.9,
      archived: false,
      createdAt: soon.createdAt,
    });
    expect(live[1]).toMatchObject({
      kind: 'deck',
      deckId: 'assigned',
      title: { zh: deck.titleZh, en: deck.titleEn },
      dueDay: '2026-03-20',
    });
    // The same views as the relation load that every other reader of an assignment uses.
    const loaded = await t.prisma.assignment.findMany({
      where: { classId: cls.id },
      orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
      select: assignmentSelect,
    });
    const all = await listClassAssignments(cls.id, true);
    expect(all).toEqual(loaded.map(toAssignment));
    expect(all.map((a) => [a.id, a.archived])).toEqual([
      [gone.id, true],
      [soon.id, false],
      [late.id, false],
    ]);
  });
});
