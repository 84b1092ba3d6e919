/**
 * Issue 8, findings 6 and 7, through the real server actions (runAsUser) and lib/db:
 * idempotency-key reuse, unsafe text, oversized runs, and undo after a bury or suspend.
 * Every rejected request must leave the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCard, buryCard, suspendCard, undoReview } from '@/app/(app)/review/actions';
import { createClassAction } from '@/app/(app)/classes/actions';
import { saveSettingsAction } from '@/app/(app)/settings/actions';
import { runAsUser } from '@/lib/auth/session';
import { recordAnswer, undoAnswer } from './reviews';
import { answerInput as answer, samplePredictRun, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { setRole } from './users';

let t: TestDb;
let n = 0;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const counts = async (userId: string) => ({
  reviews: await t.prisma.review.count({ where: { userId } }),
  runs: await t.prisma.experimentRun.count({ where: { userId } }),
  states: await t.prisma.cardState.count({ where: { userId } }),
});

const state = (userId: string, cardId: string) => t.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });

/** A card turned into a conv-bias-params predict item (a choice between outcomes). */
async function predictCard(cardId: string) {
  await t.prisma.card.update({
    where: { id: cardId },
    data: { type: 'predict', data: { predict: { id: 'p1', experiment: 'conv-bias-params', params: {}, question: 'q' } } },
  });
}

const validRun = samplePredictRun;

describe(`input hardening on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('an idempotency key reused for another card or another grade is refused (key_reused) and writes nothing', async () => {
    const user = await seedLearner();
    const [a, b] = await seedDeck(`h${++n}`, 2);
    const first = await runAsUser(user.id, () => answerCard(answer(a!, 4, 'reuse-key-0001')));
    expect(first.ok).toBe(true);
    const before = await counts(user.id);
    const otherCard = await runAsUser(user.id, () => answerCard(answer(b!, 4, 'reuse-key-0001')));
    expect(otherCard).toEqual({ ok: false, error: 'key_reused' });
    const otherGrade = await runAsUser(user.id, () => answerCard(answer(a!, 1, 'reuse-key-0001')));
    expect(otherGrade).toEqual({ ok: false, error: 'key_reused' });
    expect(await counts(user.id)).toEqual(before);
    expect((await state(user.id, a!)).version).toBe(1);
    // A true retry (same card, same grade) still gets the first answer's ack.
    const retry = await runAsUser(user.id, () => answerCard(answer(a!, 4, 'reuse-key-0001')));
    expect(retry.ok && retry.data).toMatchObject({ duplicate: true, cardId: a, version: 1 });
    if (first.ok && retry.ok) expect(retry.data.reviewId).toBe(first.data.reviewId);
    // Racing requests with one key and two payloads: one recorded, the other refused.
    const [x, y] = await Promise.all([
      recordAnswer(user, answer(b!, 5, 'reuse-key-0002')),
      recordAnswer(user, answer(b!, 2, 'reuse-key-0002')),
    ]);
    expect([x.kind, y.kind].sort()).toEqual(['key_reused', 'ok']);
    expect(await t.prisma.review.count({ where: { userId: user.id, idempotencyKey: 'reuse-key-0002' } })).toBe(1);
  });

  it('NUL bytes and lone surrogates in ids and keys are refused as invalid, nothing stored', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`h${++n}`, 1);
    const hostile = [
      answer(card!, 4, 'key-with-nul\u0000-1'),
      answer(card!, 4, 'key-lone-\ud800-01'),
      answer(card!, 4, 'key-lone-\udfff-01'),
      answer(card!, 4, 'key with space 1'),
      answer(card!, 4, 'k'.repeat(101)),
      answer(`${card}\u0000`, 4, 'key-good-000001'),
      answer(`${card}\ud83d`, 4, 'key-good-000002'),
    ];
    for (const input of hostile) {
      const out = await runAsUser(user.id, () => answerCard(input));
      expect(out).toMatchObject({ ok: false, error: 'invalid' });
    }
    const lone = await runAsUser(user.id, () => answerCard(answer(card!, 4, 'key-lone-\ud800-01')));
    expect(lone).toMatchObject({ fieldErrors: { idempotencyKey: ['keyInvalid'] } });
    for (const raw of [{ reviewId: 'r\u0000' }, { reviewId: '\udc00' }]) {
      expect(await runAsUser(user.id, () => undoReview(raw))).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await runAsUser(user.id, () => suspendCard({ cardId: `${card}\u0000`, expectedVersion: 0 }))).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    expect(await counts(user.id)).toEqual({ reviews: 0, runs: 0, states: 0 });
  });

  it('NUL bytes and lone surrogates in a class name or a setting are refused with textInvalid', async () => {
    const teacher = await seedLearner();
    await setRole(teacher.id, 'teacher');
    for (const name of ['Class\u0000A', 'Class \ud800', 'Class \udfff']) {
      const out = await runAsUser(teacher.id, () => createClassAction({ name }));
      expect(out).toEqual({ ok: false, error: 'invalid', fieldErrors: { name: ['textInvalid'] } });
    }
    expect(await t.prisma.class.count({ where: { teacherId: teacher.id } })).toBe(0);
    const settings = {
      timeZone: 'Asia/Shanghai\u0000',
      rolloverHour: '4',
      newPerDay: '20',
      reviewsPerDay: '200',
      gradeScale: 'four',
      locale: 'en',
      leechAction: 'tag',
    };
    const out = await runAsUser(teacher.id, () => saveSettingsAction(settings));
    expect(out).toMatchObject({ ok: false, error: 'invalid' });
    expect(!out.ok && out.fieldErrors?.timeZone).toContain('textInvalid');
  });

  it('a predict run is bounded by its experiment spec: a 40,000-key metrics object is refused and nothing stored', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`h${++n}`, 1);
    await predictCard(card!);
    const huge = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`metric_padding_${i}`, i + 0.123456789]));
    const bad = [
      { ...validRun, metrics: { ...validRun.metrics, ...huge } },
      { ...validRun, metrics: { ...validRun.metrics, extra: 1 } },
      { ...validRun, metrics: { ...validRun.metrics, withBias: Number.POSITIVE_INFINITY } },
      { ...validRun, metrics: { ...validRun.metrics, withBias: Number.NaN } },
      { ...validRun, params: { ...validRun.params, outChannels: 65 } },
      { ...validRun, params: { ...validRun.params, unknown: 1 } },
      { ...validRun, params: { ...validRun.params, kernelSize: 2.5 } },
      { ...validRun, prediction: 'x'.repeat(5000) },
      { ...validRun, prediction: 'not-an-outcome' },
      { ...validRun, outcome: 'not-an-outcome' },
      { ...validRun, experimentId: 'no-such-experiment' },
      { ...validRun, backend: 'wasm\u0000' },
    ];
    for (const [i, run] of bad.entries()) {
      const out = await runAsUser(user.id, () => answerCard({ ...answer(card!, 4, `run-bad-${i}-0000`), run }));
      expect(out, `bad run ${i}`).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await counts(user.id)).toEqual({ reviews: 0, runs: 0, states: 0 });
    // The run the predict item really sends is accepted, and stored as sent.
    const ok = await runAsUser(user.id, () => answerCard({ ...answer(card!, 5, 'run-good-00001'), run: validRun }));
    expect(ok.ok).toBe(true);
    const [stored] = await t.prisma.experimentRun.findMany({ where: { userId: user.id } });
    expect(stored?.metrics).toEqual(validRun.metrics);
    expect(stored?.params).toEqual(validRun.params);
  });

  it('undo after a suspend or a bury is a conflict, and the card stays suspended or buried', async () => {
    const user = await seedLearner();
    const [s, b] = await seedDeck(`h${++n}`, 2);
    const answered = await runAsUser(user.id, () => answerCard(answer(s!, 4, 'undo-susp-0001')));
    if (!answered.ok) throw new Error(answered.error);
    expect((await runAsUser(user.id, () => suspendCard({ cardId: s!, expectedVersion: 1 }))).ok).toBe(true);
    const undo = await runAsUser(user.id, () => undoReview({ reviewId: answered.data.reviewId }));
    expect(undo).toMatchObject({ ok: false, error: 'conflict' });
    expect(await state(user.id, s!)).toMatchObject({ suspended: true, version: 2, repetitions: 1 });
    expect(await t.prisma.review.findUniqueOrThrow({ where: { id: answered.data.reviewId } })).toMatchObject({ undoneAt: null });

    const second = await runAsUser(user.id, () => answerCard(answer(b!, 4, 'undo-bury-0001')));
    if (!second.ok) throw new Error(second.error);
    const buried = await runAsUser(user.id, () => buryCard({ cardId: b!, expectedVersion: 1 }));
    if (!buried.ok) throw new Error(buried.error);
    const buriedUntil = (await state(user.id, b!)).buriedUntil;
    expect(buriedUntil).not.toBeNull();
    expect((await undoAnswer(user.id, second.data.reviewId)).kind).toBe('conflict');
    expect(await state(user.id, b!)).toMatchObject({ buriedUntil, version: 2, repetitions: 1 });
  });

  it('undo still walks back answer by answer, but not past a bury in between', async () => {
    const user = await seedLearner();
    const [card] = await seedDeck(`h${++n}`, 1);
    const t0 = new Date('2026-03-01T01:00:00Z');
    const t1 = new Date('2026-03-02T01:00:00Z');
    const first = await recordAnswer(user, answer(card!, 4, 'walk-1-000000'), t0);
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect((await runAsUser(user.id, () => buryCard({ cardId: card!, expectedVersion: 1 }))).ok).toBe(true);
    const second = await recordAnswer(user, answer(card!, 5, 'walk-2-000000', 2), t1);
    if (second.kind !== 'ok') throw new Error(second.kind);
    expect((await undoAnswer(user.id, second.ack.reviewId, t1)).kind).toBe('ok');
    // Back at the buried state; undoing the first answer would lift the bury.
    expect((await undoAnswer(user.id, first.ack.reviewId, t1)).kind).toBe('conflict');
    expect((await state(user.id, card!)).buriedUntil).not.toBeNull();
  });
});
