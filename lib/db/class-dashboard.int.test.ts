import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM } from '@/lib/classes/csv';
import { CARD_COLUMNS, cardsCsv, LEARNER_COLUMNS, learnersCsv } from '@/lib/classes/export';
import { db } from './client';
import { classDashboard, teacherOverview } from './class-dashboard';
import { recordAnswer } from './reviews';
import { answerInput, samplePredictRun, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import type { AppUser } from './users';

/**
 * The dashboard from real rows: a class with two current members, one who left, and an
 * outsider, each with reviews, predict runs and quiz answers. Only the current members'
 * activity since they joined may show, and only to the class's teacher.
 */
let t: TestDb;
let teacher: AppUser, otherTeacher: AppUser, ada: AppUser, bo: AppUser, left: AppUser, outsider: AppUser;
let cards: string[];
let classId: string;
const PREDICT = 'cd-bias-predict';
const at = (iso: string) => new Date(`2026-03-${iso}Z`);

async function asTeacher(email: string) {
  const u = await seedLearner();
  await db().user.update({ where: { id: u.id }, data: { role: 'teacher', email } });
  return { ...u, role: 'teacher' as const, email };
}

const answer = (
  u: AppUser,
  cardId: string,
  grade: 1 | 4 | 5,
  key: string,
  when: string,
  run?: { prediction: string; confidence: 'low' | 'medium' | 'high' },
  version = 0,
) =>
  recordAnswer(
    u,
    {
      ...answerInput(cardId, grade, key, version),
      clientAt: at(when).toISOString(),
      ...(run ? { run: { ...samplePredictRun, ...run } } : {}),
    },
    at(when),
  );

async function quizAnswer(u: AppUser, quizId: string, cardId: string, correct: boolean, certainty: number, when: string) {
  await db().quizAttempt.create({
    data: {
      userId: u.id,
      definitionId: quizId,
      seed: 1,
      certainty: true,
      items: [{ cardId, form: 'mc', group: cardId }],
      startedAt: at(when),
      finishedAt: at(when),
      answers: {
        create: { itemIndex: 0, idempotencyKey: `q-${u.id}`, response: {}, certainty, correct, score: correct ? certainty : -certainty },
      },
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  cards = await seedDeck('cd', 3);
  await db().card.create({
    data: {
      id: PREDICT,
      groupId: PREDICT,
      type: 'predict',
      front: 'How many **bias** parameters does a conv layer add?',
      back: '',
      data: {
        options: [
          { outcome: 'equals-out', text: 'One per output channel' },
          { outcome: 'equals-in', text: 'One per input channel' },
        ],
        predict: { experiment: 'conv-bias-params', params: samplePredictRun.params },
      },
      topic: 'fixture',
      file: 'content/notes/fixture.md',
      line: 99,
      column: 1,
      headingPath: [],
      tags: [],
      position: 99,
      sourceHash: 'x',
    },
  });
  await db().deckCard.create({ data: { deckId: 'cd', cardId: PREDICT, position: 99 } });
  teacher = await asTeacher('teacher@example.com');
  otherTeacher = await asTeacher('other-teacher@example.com');
  [ada, bo, left, outsider] = [await seedLearner(), await seedLearner(), await seedLearner(), await seedLearner()];
  await db().user.update({ where: { id: ada.id }, data: { name: '=HYPERLINK("http://evil","x")' } });
  await db().user.update({ where: { id: bo.id }, data: { name: '张三, "小张"' } });
  const cls = await db().class.create({ data: { name: '深度学习 1', joinCode: 'ABCDEFGH', teacherId: teacher.id } });
  classId = cls.id;
  await db().classMember.createMany({
    data: [
      { classId, userId: ada.id, joinedAt: at('02T00:00:00') },
      { classId, userId: bo.id, joinedAt: at('01T00:00:00') },
      { classId, userId: left.id, joinedAt: at('01T00:00:00'), leftAt: at('05T00:00:00') },
    ],
  });
  const quiz = await db().quizDefinition.create({ data: { title: 'Conv quiz', spec: {} } });
  await db().assignment.createMany({
    data: [
      { classId, kind: 'deck', deckId: 'cd', startsAt: at('01T00:00:00'), dueAt: at('20T00:00:00') },
      { classId, kind: 'quiz', quizId: quiz.id, startsAt: at('01T00:00:00'), dueAt: at('20T00:00:00') },
    ],
  });

  // Ada: one answer before she joined (not counted), then a pass, a fail and a confident wrong prediction.
  await answer(ada, cards[2]!, 1, 'ada-early-xxxxxx', '01T10:00:00');
  await answer(ada, cards[0]!, 4, 'ada-0-xxxxxxxxxx', '03T10:00:00');
  await answer(ada, cards[1]!, 1, 'ada-1-xxxxxxxxxx', '03T10:01:00');
  await answer(ada, PREDICT, 4, 'ada-p-xxxxxxxxxx', '03T10:02:00', { prediction: 'equals-in', confidence: 'high' });
  await answer(ada, PREDICT, 4, 'ada-p2-xxxxxxxxx', '04T10:02:00', { prediction: 'equals-out', confidence: 'high' }, 1);
  await quizAnswer(ada, quiz.id, cards[2]!, false, 3, '04T09:00:00');
  // Bo: a pass and a wrong prediction at medium confidence.
  await answer(bo, cards[0]!, 5, 'bo-0-xxxxxxxxxxx', '03T11:00:00');
  await answer(bo, PREDICT, 4, 'bo-p-xxxxxxxxxxx', '03T11:01:00', { prediction: 'equals-in', confidence: 'medium' });
  await quizAnswer(bo, quiz.id, cards[2]!, true, 2, '04T09:30:00');
  // The learner who left and the outsider: plenty of activity that must not show.
  for (const [u, tag] of [
    [left, 'left'],
    [outsider, 'out'],
  ] as const) {
    await answer(u, cards[0]!, 1, `${tag}-0-xxxxxxxxxx`, '03T12:00:00');
    await answer(u, PREDICT, 1, `${tag}-p-xxxxxxxxxx`, '03T12:01:00', { prediction: 'equals-in', confidence: 'high' });
    await quizAnswer(u, quiz.id, cards[1]!, false, 3, '03T12:02:00');
  }
});
afterAll(async () => t.close());

const now = at('06T12:00:00');

describe(`class dashboard on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('aggregates the misconceptions from the current members’ first predictions only', async () => {
    const d = (await classDashboard(teacher, classId, now))!;
    expect(d.misconceptions).toHaveLength(1);
    const m = d.misconceptions[0]!;
    expect(m.card.question).toBe('How many bias parameters does a conv layer add?');
    expect(m.learners).toBe(2);
    expect(m.runs).toBe(3);
    expect(m.outcome).toBe('equals-out');
    expect(m.topWrong).toEqual({ outcome: 'equals-in', label: 'One per input channel', count: 2 });
    expect(m.confidence).toEqual({ low: 0, medium: 1, high: 1, none: 0 });
    expect(m.confidentlyWrong).toBe(1);
    expect(m.options.find((o) => o.outcome === 'equals-out')).toMatchObject({ predicted: 0, shown: 3, isOutcome: true });
  });

  it('leaves out undone answers and their runs', async () => {
    const { undoAnswer } = await import('./reviews');
    const r = await answer(bo, PREDICT, 1, 'bo-undo-xxxxxxxx', '05T11:00:00', { prediction: 'equals-in', confidence: 'low' }, 1);
    if (r.kind !== 'ok') throw new Error(r.kind);
    const before = (await classDashboard(teacher, classId, now))!;
    expect(before.misconceptions[0]!.runs).toBe(4);
    expect((await undoAnswer(bo.id, r.ack.reviewId)).kind).toBe('ok');
    const after = (await classDashboard(teacher, classId, now))!;
    expect(after.misconceptions[0]!.runs).toBe(3);
  });

  it('ranks the weakest cards by class recall, counting members since they joined', async () => {
    const d = (await classDashboard(teacher, classId, now))!;
    const byId = new Map(d.cards.map((c) => [c.cardId, c]));
    expect(byId.get(cards[0]!)).toMatchObject({ reviews: 2, passed: 2, learners: 2, recall: 1 });
    expect(byId.get(cards[1]!)).toMatchObject({ reviews: 1, passed: 0, recall: 0 });
    expect(byId.get(cards[2]!)).toMatchObject({ reviews: 0, recall: null });
    expect(d.cards[0]!.cardId).toBe(cards[1]);
    expect(d.cards.at(-1)!.cardId).toBe(cards[2]);
    expect(d.recallByDay.map((r) => [r.day, r.reviews])).toEqual([
      ['2026-03-03', 5],
      ['2026-03-04', 1],
    ]);
  });

  it('lists the most-missed quiz items and the confidently wrong answers of current members', async () => {
    const d = (await classDashboard(teacher, classId, now))!;
    expect(d.quiz.items.map((q) => [q.cardId, q.answered, q.wrong, q.confidentlyWrong])).toEqual([[cards[2], 2, 1, 1]]);
    expect(d.quiz.confidentlyWrong.map((q) => q.cardId)).toEqual([cards[2]]);
  });

  it('shows one row per current member, from the shared progress definition', async () => {
    const d = (await classDashboard(teacher, classId, now))!;
    expect(d.learners.map((l) => l.userId).sort()).toEqual([ada.id, bo.id].sort());
    const a = d.learners.find((l) => l.userId === ada.id)!;
    expect(a).toMatchObject({ seen: 3, total: 4, assignments: 2, quizBest: 0, quizLatest: 0 });
    expect(d.assignments.map((x) => x.rows.length)).toEqual([2, 2]);
  });

  it('answers null to anyone but the class’s teacher', async () => {
    expect(await classDashboard(otherTeacher, classId, now)).toBeNull();
    expect(await classDashboard(ada, classId, now)).toBeNull();
    expect(await classDashboard(left, classId, now)).toBeNull();
    expect(await classDashboard(null, classId, now)).toBeNull();
    expect(await classDashboard(teacher, 'no-such-class', now)).toBeNull();
    expect(await teacherOverview(ada)).toBeNull();
    expect((await teacherOverview(otherTeacher))!).toEqual([]);
    expect((await teacherOverview(teacher, now))!.map((c) => [c.name, c.members, c.assignments])).toEqual([['深度学习 1', 2, 2]]);
  });

  it('exports CSV with a BOM, quoting, the formula guard and Chinese intact', async () => {
    const d = (await classDashboard(teacher, classId, now))!;
    const header = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, k as string])) as Record<K, string>;
    const csv = learnersCsv(
      d.assignments.map(({ assignment: a, rows }) => ({ title: a.title.en, kind: a.kind, dueDay: a.dueDay, rows })),
      header(LEARNER_COLUMNS),
      { status: (s) => s, kind: (k) => k },
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(LEARNER_COLUMNS.join(','));
    expect(lines.filter((l) => l.startsWith(`"'=HYPERLINK(""http://evil"",""x"")"`))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('"张三, ""小张"""'))).toHaveLength(2);
    expect(lines).toHaveLength(1 + 4 + 1); // header, two learners × two assignments, and the final CRLF
    expect(csv).not.toContain(left.email);
    const cardsText = cardsCsv(
      d.cards.map((c) => ({ ...c, topic: c.noteTitle })),
      header(CARD_COLUMNS),
    );
    expect(cardsText.slice(1).split('\r\n')).toContain(`${cards[1]!.replace('fx', 'Question ')},${cards[1]},Fixture,1,0,0,1,,,`);
  });

  it('counts a card in two deck assignments from the earlier start (the later window holds a subset)', async () => {
    // A second deck shares cards[0] and adds one card; its assignment starts on the 4th. Bo
    // answers cards[0] once more on the 5th: the later window sees 1 answer, the earlier all 3.
    const [extra] = await seedDeck('cd-later', 1);
    const again = await answer(bo, cards[0]!, 1, 'bo-later-xxxxxxxx', '05T09:00:00', undefined, 1);
    if (again.kind !== 'ok') throw new Error(again.kind);
    await db().deckCard.create({ data: { deckId: 'cd-later', cardId: cards[0]!, position: 1 } });
    const later = await db().assignment.create({
      data: { classId, kind: 'deck', deckId: 'cd-later', startsAt: at('04T00:00:00'), dueAt: at('10T00:00:00') },
    });
    try {
      const d = (await classDashboard(teacher, classId, now))!;
      const byId = new Map(d.cards.map((c) => [c.cardId, c]));
      expect(byId.get(cards[0]!)).toMatchObject({ reviews: 3, passed: 2, learners: 2 });
      expect(byId.get(extra!)).toMatchObject({ reviews: 0, learners: 0, recall: null });
      expect(d.cards.filter((c) => c.cardId === cards[0])).toHaveLength(1);
      // The later assignment's own progress counts from its start: only Bo's answer of the 5th.
      const rows = d.assignments.find((a) => a.assignment.id === later.id)!.rows;
      expect(rows.map((r) => [r.userId, r.progress.kind === 'deck' ? r.progress.seen : -1])).toEqual([
        [bo.id, 1],
        [ada.id, 0],
      ]);
      expect(d.recallByDay.map((r) => [r.day, r.reviews])).toEqual([
        ['2026-03-03', 5],
        ['2026-03-04', 1],
        ['2026-03-05', 1],
      ]);
    } finally {
      await db().assignment.delete({ where: { id: later.id } });
    }
  });
});

describe('the start date on the learner’s own clock', () => {
  it('counts work done after midnight on the start date, before the rollover hour, and nothing the evening before', async () => {
    // Asia/Shanghai (UTC+8), rollover 04:00. The assignments start on 2026-03-10: 16:00Z on the
    // 9th is midnight there, so 17:00Z is 01:00 on the start date (still the 9th's learning day).
    const learner = await seedLearner();
    const cls = await db().class.create({ data: { name: 'Night owls', joinCode: 'NIGHTOWL', teacherId: teacher.id } });
    await db().classMember.create({ data: { classId: cls.id, userId: learner.id, joinedAt: at('05T00:00:00') } });
    const quiz = await db().quizDefinition.create({ data: { title: 'Night quiz', spec: {} } });
    await db().assignment.createMany({
      data: [
        { classId: cls.id, kind: 'deck', deckId: 'cd', startsAt: at('10T00:00:00'), dueAt: at('20T00:00:00') },
        { classId: cls.id, kind: 'quiz', quizId: quiz.id, startsAt: at('10T00:00:00'), dueAt: at('20T00:00:00') },
      ],
    });
    expect((await answer(learner, cards[0]!, 4, 'owl-eve-xxxxxxxx', '09T15:30:00')).kind).toBe('ok'); // 23:30 on the 9th
    const night = await answer(learner, PREDICT, 4, 'owl-night-xxxxxx', '09T17:00:00', { prediction: 'equals-in', confidence: 'low' });
    expect(night.kind).toBe('ok');
    expect((await db().review.findFirstOrThrow({ where: { userId: learner.id, cardId: PREDICT } })).dayKey).toBe('2026-03-09');
    await quizAnswer(learner, quiz.id, cards[1]!, false, 1, '09T15:00:00'); // 23:00 on the 9th
    await quizAnswer(learner, quiz.id, cards[2]!, true, 1, '09T16:30:00'); // 00:30 on the 10th

    const d = (await classDashboard(teacher, cls.id, at('11T00:00:00')))!;
    expect(d.learners).toHaveLength(1);
    expect(d.learners[0]).toMatchObject({ seen: 1, quizBest: 1, quizLatest: 1, lastActive: at('09T17:00:00') });
    const [deckRows, quizRows] = [
      d.assignments.find((a) => a.assignment.kind === 'deck')!,
      d.assignments.find((a) => a.assignment.kind === 'quiz')!,
    ];
    expect(deckRows.rows[0]!.progress).toMatchObject({ kind: 'deck', seen: 1, reviews7d: 1 });
    expect(quizRows.rows[0]!.progress).toMatchObject({ kind: 'quiz', attempts: 1, best: 1 });
    expect(d.cards.filter((c) => c.reviews > 0).map((c) => c.cardId)).toEqual([PREDICT]);
    expect(d.quiz.items.map((i) => [i.cardId, i.answered, i.wrong])).toEqual([[cards[2]!, 1, 0]]);
    const m = d.misconceptions.find((x) => x.card.cardId === PREDICT)!;
    expect(m.learners).toBe(1);
    expect(m.confidence).toMatchObject({ high: 0, medium: 0, low: 1 });
  });
});
