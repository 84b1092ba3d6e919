import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer, undoAnswer } from './reviews';
import { statsOverview } from './stats';
import { answerInput as answer, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';

let t: TestDb;

const run = (confidence: 'low' | 'high') => ({
  experimentId: 'conv-bias-params',
  prediction: 'equals-out',
  confidence,
  params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
  seed: 42,
  metrics: { withBias: 385, withoutBias: 378, biasParams: 7 },
  outcome: 'equals-out',
});

let a: string, b: string, c: string, d: string;

beforeAll(async () => {
  t = await createTestDb();
  [a, b, c] = (await seedDeck('st', 3, 0)) as [string, string, string];
  [d] = (await seedDeck('st2', 1, 1)) as [string];
});
afterAll(async () => t.close());

describe(`stats on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('a brand-new learner: the collection, and nothing else', async () => {
    const s = await statsOverview(await seedLearner(), new Date('2026-03-02T03:00:00Z'));
    expect(s.allTime).toEqual({ reviews: 0, timeMs: 0, retention: { hit: 0, total: 0, percent: null } });
    expect(s.cards).toMatchObject({ total: 4, seen: 0, unseen: 4 });
    expect(s.days).toHaveLength(30);
    expect(s.intervals.every((x) => x.count === 0)).toBe(true);
    expect(s.decks.map((x) => [x.deckId, x.cards, x.seen, x.retention.percent])).toEqual([
      ['st', 3, 0, null],
      ['st2', 1, 0, null],
    ]);
    expect(s.predictions).toMatchObject({ runs: 0, experiments: [] });
  });

  it('counts answers on the learner day, true retention on scheduled reviews, and never an undone answer', async () => {
    const user = await seedLearner();
    // 10:00 in Shanghai on 03-01, then on 03-02.
    const day1 = new Date('2026-03-01T02:00:00Z');
    const day2 = new Date('2026-03-02T02:00:00Z');
    await recordAnswer(user, answer(a, 4, 'st-a-1-000000'), day1);
    await recordAnswer(user, answer(b, 4, 'st-b-1-000000'), day1);
    await recordAnswer(user, answer(c, 5, 'st-c-1-000000'), day1);
    await recordAnswer(user, answer(a, 4, 'st-a-2-000000', 1), day2); // scheduled review, passed
    await recordAnswer(user, answer(b, 1, 'st-b-2-000000', 1), day2); // scheduled review, failed: again today
    const undone = await recordAnswer(user, { ...answer(c, 5, 'st-c-2-000000', 1), run: run('high'), runCorrect: true }, day2);
    if (undone.kind !== 'ok') throw new Error(undone.kind);
    expect((await undoAnswer(user.id, undone.ack.reviewId, day2)).kind).toBe('ok');
    await recordAnswer(user, { ...answer(d, 4, 'st-d-1-000000'), run: run('low'), runCorrect: false }, day2);
    // A mature card and a suspended leech, set directly (reaching them by answers takes months).
    await t.prisma.cardState.update({ where: { userId_cardId: { userId: user.id, cardId: a } }, data: { interval: 25 } });
    await t.prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: d } },
      data: { suspended: true, leech: true },
    });

    const s = await statsOverview(user, new Date('2026-03-02T03:00:00Z'));
    expect(s.today).toBe('2026-03-02');
    // Six answers count: the undone one does not (it would make 7, and retention 67%).
    expect(s.allTime).toEqual({ reviews: 6, timeMs: 9000, retention: { hit: 1, total: 2, percent: 50 } });
    expect(s.last30).toEqual(s.allTime);
    expect(s.days[29]).toMatchObject({ day: '2026-03-02', new: 1, review: 2, repeat: 0, retention: { percent: 50 } });
    expect(s.days[28]).toMatchObject({ day: '2026-03-01', new: 3, review: 0, repeat: 0, retention: { percent: null } });
    expect(s.cards).toEqual({ total: 4, seen: 4, unseen: 0, learning: 1, young: 1, mature: 1, suspended: 1, leeches: 1 });
    expect(s.intervals).toEqual([
      { key: '1', count: 3 },
      { key: '2-6', count: 0 },
      { key: '7-20', count: 0 },
      { key: '21-89', count: 1 },
      { key: '90+', count: 0 },
    ]);
    expect(s.ease.reduce((sum, x) => sum + x.count, 0)).toBe(4);
    expect(s.decks).toEqual([
      { deckId: 'st', titleZh: '卡组 st', titleEn: 'Deck st', cards: 3, seen: 3, mature: 1, retention: { hit: 1, total: 2, percent: 50 } },
      {
        deckId: 'st2',
        titleZh: '卡组 st2',
        titleEn: 'Deck st2',
        cards: 1,
        seen: 1,
        mature: 0,
        retention: { hit: 0, total: 0, percent: null },
      },
    ]);
    // The undone answer's run (high confidence, right) is left out with it.
    expect(s.predictions).toMatchObject({
      runs: 1,
      right: { hit: 0, total: 1, percent: 0 },
      byConfidence: { low: { hit: 0, total: 1 }, medium: { total: 0 }, high: { total: 0 } },
      experiments: [{ experimentId: 'conv-bias-params', runs: 1 }],
    });

    // Another learner's answers are not mixed in.
    const other = await statsOverview(await seedLearner(), new Date('2026-03-02T03:00:00Z'));
    expect(other.allTime.reviews).toBe(0);
  });
});
