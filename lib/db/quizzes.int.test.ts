import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizSpecSchema } from '@/lib/quiz/definition';
import type { QuizResponse } from '@/lib/quiz/grade-item';
import { loadReviewQueue } from './review-queue';
import { recordAnswer } from './reviews';
import { missedKey, reviewMissed, attemptResults } from './quiz-review';
import { answerItem, createDefinition, finishAttempt, getAttempt, startOrResume, type AttemptView } from './quizzes';
import { answerInput, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { learningDayTotals } from './today';

let t: TestDb;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

/** A deck of gradeable cards: mc (option 1 right), typed ('385') and cloze ('max pooling'). */
async function seedQuizDeck(deckId: string) {
  const [basic] = await seedDeck(deckId, 1);
  const card = async (id: string, type: string, back: string, data: object, heading: string) => {
    await t.prisma.card.create({
      data: {
        id,
        groupId: id,
        type,
        front: `Q ${id}`,
        back,
        data,
        topic: 'fixture',
        file: 'content/notes/fixture.md',
        line: 1,
        column: 1,
        headingPath: [heading],
        tags: [],
        position: 1000 + ++n,
        sourceHash: 'x',
      },
    });
    await t.prisma.deckCard.create({ data: { deckId, cardId: id, position: n } });
  };
  const mc = `${deckId}-mc`;
  const typed = `${deckId}-typed`;
  const cloze = `${deckId}-cloze`;
  await card(mc, 'mc', '', { options: [{ text: 'a' }, { text: 'b', correct: true }] }, 'A');
  await card(typed, 'typed', '385', { answers: ['385'] }, 'B');
  await card(cloze, 'cloze', 'Most nets use ==max pooling== here', {}, 'B');
  return { basic: basic!, mc, typed, cloze };
}

const spec = (deckId: string, over: object = {}) =>
  quizSpecSchema.parse({ title: `Quiz ${deckId}`, decks: [deckId], count: 4, forms: ['mc', 'typed', 'cloze', 'self'], seed: 7, ...over });

/** The right response for each drawn item (by form). */
const right = (a: AttemptView, i: number): QuizResponse => {
  const form = a.items[i]!.form;
  if (form === 'mc') return { form, selected: [1] };
  if (form === 'typed') return { form, text: '３８５。' };
  if (form === 'cloze') return { form, text: 'Max Pooling' };
  return { form: 'self', rating: 'knew' };
};
const wrong = (a: AttemptView, i: number): QuizResponse => {
  const form = a.items[i]!.form;
  if (form === 'mc') return { form, selected: [0] };
  if (form === 'typed' || form === 'cloze') return { form, text: 'no idea' };
  return { form: 'self', rating: 'didnt' };
};
const idx = (a: AttemptView, form: string) => a.items.findIndex((i) => i.form === form);

async function started(userId: string, defId: string, now?: Date) {
  const out = await startOrResume(userId, defId, now);
  if (out.kind !== 'ok') throw new Error(out.kind);
  return out;
}

describe(`quizzes on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('draws every card of the deck in its own form, the same for every attempt', async () => {
    const learner = await seedLearner();
    const cards = await seedQuizDeck('qd1');
    const def = await createDefinition(learner.id, spec('qd1'));
    const { attempt } = await started(learner.id, def.id);
    expect(Object.fromEntries(attempt.items.map((i) => [i.cardId, i.form]))).toEqual({
      [cards.basic]: 'self',
      [cards.mc]: 'mc',
      [cards.typed]: 'typed',
      [cards.cloze]: 'cloze',
    });
    await finishAttempt(learner.id, attempt.id);
    const again = await started(learner.id, def.id);
    expect(again.attempt.id).not.toBe(attempt.id);
    expect(again.attempt.items).toEqual(attempt.items);
  });

  it('resumes the open attempt after a reload, with the answers given so far', async () => {
    const learner = await seedLearner();
    await seedQuizDeck('qd2');
    const def = await createDefinition(learner.id, spec('qd2'));
    const first = await started(learner.id, def.id);
    expect(first.resumed).toBe(false);
    const i = idx(first.attempt, 'mc');
    expect(
      (
        await answerItem(learner.id, {
          attemptId: first.attempt.id,
          itemIndex: i,
          idempotencyKey: 'k-resume-1',
          response: right(first.attempt, i),
          certainty: 3,
        })
      ).kind,
    ).toBe('ok');
    const second = await started(learner.id, def.id);
    expect(second).toMatchObject({ resumed: true, attempt: { id: first.attempt.id } });
    const loaded = await getAttempt(learner.id, first.attempt.id);
    expect(loaded!.answers).toMatchObject([{ itemIndex: i, correct: true, certainty: 3, score: 3, late: false }]);
  });

  it('counts a double submit once, and refuses a second answer to the same item', async () => {
    const learner = await seedLearner();
    await seedQuizDeck('qd3');
    const def = await createDefinition(learner.id, spec('qd3'));
    const { attempt } = await started(learner.id, def.id);
    const i = idx(attempt, 'typed');
    const input = { attemptId: attempt.id, itemIndex: i, idempotencyKey: 'k-double-1', response: wrong(attempt, i), certainty: 3 as const };
    const [a, b] = await Promise.all([answerItem(learner.id, input), answerItem(learner.id, input)]);
    expect([a.kind, b.kind].sort()).toEqual(['duplicate', 'ok']);
    expect((await answerItem(learner.id, input)).kind).toBe('duplicate');
    expect((await answerItem(learner.id, { ...input, idempotencyKey: 'k-double-2', response: right(attempt, i) })).kind).toBe('conflict');
    expect((await answerItem(learner.id, { ...input, itemIndex: idx(attempt, 'mc') })).kind).toBe('key_reused');
    const rows = await t.prisma.quizAnswer.findMany({ where: { attemptId: attempt.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ correct: false, score: -6 });
  });

  it('stores an answer after the deadline as late, and does not score it', async () => {
    const learner = await seedLearner();
    await seedQuizDeck('qd4');
    const def = await createDefinition(learner.id, spec('qd4', { timeLimit: 5 }));
    const start = new Date('2026-03-02T02:00:00Z');
    const { attempt } = await started(learner.id, def.id, start);
    expect(attempt.deadline!.toISOString()).toBe('2026-03-02T02:05:00.000Z');
    const i = idx(attempt, 'mc');
    const j = idx(attempt, 'cloze');
    const at = (min: number) => new Date(start.getTime() + min * 60_000);
    await answerItem(
      learner.id,
      { attemptId: attempt.id, itemIndex: i, idempotencyKey: 'k-late-1', response: right(attempt, i), certainty: 2 },
      at(4),
    );
    const late = await answerItem(
      learner.id,
      { attemptId: attempt.id, itemIndex: j, idempotencyKey: 'k-late-2', response: right(attempt, j), certainty: 3 },
      at(6),
    );
    expect(late).toMatchObject({ kind: 'ok', answer: { late: true, correct: null, score: null } });
    const loaded = (await getAttempt(learner.id, attempt.id))!;
    const results = attemptResults(loaded.attempt, loaded.answers);
    expect(results.plain).toEqual({ total: 3, correct: 1, pct: 33 });
    expect(results.cbm).toEqual({ total: 2, max: 9 });
  });

  it('"review what I missed" makes exactly the missed cards due now, logs each once with origin quiz', async () => {
    const learner = await seedLearner();
    const cards = await seedQuizDeck('qd5');
    const def = await createDefinition(learner.id, spec('qd5'));
    const now = new Date('2026-03-02T02:00:00Z');
    // The typed card was studied before: due in 6 days, EF 2.6.
    await recordAnswer(learner, answerInput(cards.typed, 5, 'k-before-1'), new Date('2026-02-20T02:00:00Z'));
    await recordAnswer(learner, answerInput(cards.typed, 5, 'k-before-2', 1), new Date('2026-02-26T02:00:00Z'));
    const before = await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: cards.typed } } });
    expect(before.due.getTime()).toBeGreaterThan(now.getTime());
    const { attempt } = await started(learner.id, def.id, now);
    const give = async (form: string, response: typeof right, certainty: 1 | 2 | 3, k: string) => {
      const i = idx(attempt, form);
      await answerItem(
        learner.id,
        { attemptId: attempt.id, itemIndex: i, idempotencyKey: k, response: response(attempt, i), certainty },
        now,
      );
    };
    await give('mc', right, 3, 'k-rm-1');
    await give('typed', wrong, 3, 'k-rm-2'); // a misconception
    await give('self', wrong, 1, 'k-rm-3'); // didn't know
    // the cloze card is left unanswered
    expect(await reviewMissed(learner, attempt.id, now)).toEqual({ kind: 'open' });
    await finishAttempt(learner.id, attempt.id, now);
    const out = await reviewMissed(learner, attempt.id, now);
    expect(out).toEqual({ kind: 'ok', cards: [cards.typed, cards.basic, cards.cloze], already: [] });

    const states = await t.prisma.cardState.findMany({ where: { userId: learner.id } });
    const state = (id: string) => states.find((s) => s.cardId === id);
    expect(state(cards.mc)).toBeUndefined();
    expect(state(cards.typed)).toMatchObject({
      ef: before.ef,
      interval: before.interval,
      repetitions: before.repetitions,
      lapses: 0,
      version: before.version + 1,
    });
    expect(state(cards.typed)!.due.toISOString()).toBe(now.toISOString());
    expect(state(cards.cloze)).toMatchObject({ ef: 2.5, interval: 0, repetitions: 0, version: 1 });
    expect(state(cards.cloze)!.lastReview!.toISOString()).toBe(now.toISOString());

    const log = await t.prisma.review.findMany({ where: { userId: learner.id, origin: 'quiz' }, orderBy: { cardId: 'asc' } });
    expect(log.map((r) => [r.cardId, r.grade, r.kind, r.idempotencyKey])).toEqual(
      [
        [cards.basic, 1, 'quiz', missedKey(attempt.id, cards.basic)],
        [cards.cloze, 1, 'quiz', missedKey(attempt.id, cards.cloze)],
        [cards.typed, 0, 'quiz', missedKey(attempt.id, cards.typed)],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const typedEntry = log.find((r) => r.cardId === cards.typed)!;
    expect(typedEntry.dueBefore!.toISOString()).toBe(before.due.toISOString());
    expect(typedEntry.dueAfter.toISOString()).toBe(now.toISOString());

    // The three cards are in today's queue; the log entries are not answers of the day.
    const queue = await loadReviewQueue({ ...learner, newPerDay: 0 }, 'qd5', now);
    expect(queue!.entries.map((e) => e.cardId).sort()).toEqual([cards.basic, cards.cloze, cards.typed].sort());
    expect((await learningDayTotals(learner, now)).reviewed).toBe(0);

    // A second click changes nothing.
    expect(await reviewMissed(learner, attempt.id, now)).toEqual({
      kind: 'ok',
      cards: [],
      already: [cards.typed, cards.basic, cards.cloze],
    });
    expect(await t.prisma.review.count({ where: { userId: learner.id, origin: 'quiz' } })).toBe(3);
    expect(
      (await t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner.id, cardId: cards.typed } } })).version,
    ).toBe(before.version + 1);
  });

  it('a shared link gives a second learner an attempt of their own', async () => {
    const owner = await seedLearner();
    const other = await seedLearner();
    await seedQuizDeck('qd6');
    const def = await createDefinition(owner.id, spec('qd6'));
    const mine = await started(owner.id, def.id);
    const theirs = await started(other.id, def.id);
    expect(theirs.attempt.id).not.toBe(mine.attempt.id);
    expect(theirs.resumed).toBe(false);
    expect(theirs.attempt.items).toEqual(mine.attempt.items);
    expect(await t.prisma.quizAttempt.count({ where: { definitionId: def.id } })).toBe(2);
  });

  it('one learner can neither read nor change another learner’s attempt', async () => {
    const owner = await seedLearner();
    const intruder = await seedLearner();
    await seedQuizDeck('qd7');
    const def = await createDefinition(owner.id, spec('qd7'));
    const { attempt } = await started(owner.id, def.id);
    const i = idx(attempt, 'mc');
    expect(await getAttempt(intruder.id, attempt.id)).toBeNull();
    expect(
      (
        await answerItem(intruder.id, {
          attemptId: attempt.id,
          itemIndex: i,
          idempotencyKey: 'k-intrude-1',
          response: right(attempt, i),
          certainty: 1,
        })
      ).kind,
    ).toBe('not_found');
    expect(await finishAttempt(intruder.id, attempt.id)).toBeNull();
    expect(await reviewMissed(intruder, attempt.id)).toEqual({ kind: 'not_found' });
    const row = await t.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { answers: true } });
    expect(row.finishedAt).toBeNull();
    expect(row.answers).toEqual([]);
  });
});
