import { describe, expect, it } from 'vitest';
import { daysToSpread, deckProgress, memberStarts, quizProgress, suggestedNewPerDay, type ReviewEvent } from './progress';

const days = { startDay: '2026-03-01', dueDay: '2026-03-13', today: '2026-03-10' };
const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);
const review = (cardId: string, grade: number, dayKey = '2026-03-09', at = new Date(`${dayKey}T08:00:00Z`)): ReviewEvent => ({
  cardId,
  grade,
  at,
  dayKey,
});

describe('suggestedNewPerDay', () => {
  it('spreads the unseen cards over the days left, today included', () => {
    // 10th to 13th: 4 days.
    expect(daysToSpread(days)).toBe(4);
    expect(suggestedNewPerDay(10, days)).toBe(3);
    expect(suggestedNewPerDay(12, days)).toBe(3);
    expect(suggestedNewPerDay(13, days)).toBe(4);
  });
  it('asks for everything on the due day', () => {
    expect(suggestedNewPerDay(7, { ...days, today: '2026-03-13' })).toBe(7);
  });
  it('suggests nothing once past due, and 0 when nothing is left', () => {
    expect(suggestedNewPerDay(7, { ...days, today: '2026-03-14' })).toBeNull();
    expect(suggestedNewPerDay(0, days)).toBe(0);
  });
  it('spreads over the whole span when the start is still ahead', () => {
    const future = { startDay: '2026-03-20', dueDay: '2026-03-29', today: '2026-03-10' };
    expect(daysToSpread(future)).toBe(10);
    expect(suggestedNewPerDay(25, future)).toBe(3);
  });
  it("keeps the day's figure while the learner works through it", () => {
    // 12 unseen at the start of the day over 4 days = 3; after 3 new today, still 3.
    expect(suggestedNewPerDay(9, days, 3)).toBe(3);
  });
});

describe('deckProgress', () => {
  const base = { ...days, cardIds: ids, targetRecall: 0.8 };
  it('counts cards seen, recall from passes, reviews in the last week and last activity', () => {
    const p = deckProgress({
      ...base,
      reviews: [review('c0', 4), review('c0', 1), review('c1', 3), review('c2', 5, '2026-03-10'), review('other', 1)],
    });
    expect(p).toMatchObject({ kind: 'deck', seen: 3, total: 10, recall: 0.75, reviews7d: 4, daysLeft: 3 });
    expect(p.lastActive).toEqual(new Date('2026-03-10T08:00:00Z'));
    // 7 unseen + 1 first seen today over 4 days.
    expect(p.suggestedPerDay).toBe(2);
  });
  it("counts the last week as the learner's last 7 learning days, today included", () => {
    // Today is the 10th: the 4th to the 10th count; the 3rd does not, whatever the hour.
    const p = deckProgress({
      ...base,
      reviews: [review('c0', 4, '2026-03-03'), review('c1', 4, '2026-03-04'), review('c2', 4, '2026-03-10')],
    });
    expect(p.reviews7d).toBe(2);
  });
  it('is behind when fewer cards were seen than an even pace would have reached', () => {
    // 9 of 13 days passed: 6 of 10 cards expected.
    expect(deckProgress({ ...base, reviews: ids.slice(0, 5).map((c) => review(c, 4)) }).status).toBe('behind');
    expect(deckProgress({ ...base, reviews: ids.slice(0, 6).map((c) => review(c, 4)) }).status).toBe('on-track');
  });
  it('is done only with every card seen and recall at the target', () => {
    const all = ids.map((c) => review(c, 4));
    expect(deckProgress({ ...base, reviews: all }).status).toBe('done');
    const weak = [...all, review('c0', 1), review('c1', 1), review('c2', 1)];
    // 10 of 13 passes = 0.77 < 0.8.
    expect(deckProgress({ ...base, reviews: weak }).status).toBe('on-track');
  });
  it('is overdue after the due day unless done', () => {
    const late = { ...base, today: '2026-03-14' };
    expect(deckProgress({ ...late, reviews: [review('c0', 4)] })).toMatchObject({ status: 'overdue', daysLeft: -1, suggestedPerDay: null });
    expect(deckProgress({ ...late, reviews: ids.map((c) => review(c, 5)) })).toMatchObject({ status: 'done', suggestedPerDay: 0 });
  });
  it('is on track before the start, with nothing expected yet', () => {
    const p = deckProgress({ ...base, startDay: '2026-03-12', reviews: [] });
    expect(p).toMatchObject({ status: 'on-track', seen: 0, recall: null, suggestedPerDay: 5 });
  });
  it('on the due day asks for every unseen card', () => {
    expect(deckProgress({ ...base, today: '2026-03-13', reviews: [review('c0', 4)] })).toMatchObject({ daysLeft: 0, suggestedPerDay: 9 });
  });
});

describe('quizProgress', () => {
  const base = { ...days, targetScore: 0.7 };
  const at = (d: string, score: number) => ({ finishedAt: new Date(`${d}T09:00:00Z`), score });
  it('takes the best and the latest finished attempt', () => {
    const p = quizProgress({ ...base, attempts: [at('2026-03-05', 0.8), at('2026-03-09', 0.5)] });
    expect(p).toMatchObject({ best: 0.8, latest: 0.5, attempts: 2, status: 'done' });
  });
  it('is behind after a try below the target, on track before any, overdue after the due day', () => {
    expect(quizProgress({ ...base, attempts: [at('2026-03-05', 0.6)] }).status).toBe('behind');
    expect(quizProgress({ ...base, attempts: [] })).toMatchObject({ status: 'on-track', best: null, latest: null });
    expect(quizProgress({ ...base, today: '2026-03-20', attempts: [at('2026-03-05', 0.6)] }).status).toBe('overdue');
  });
});

describe('when work starts counting', () => {
  const iso = (s: string) => new Date(s);
  it('is the start date’s midnight on each learner’s clock, or when they joined if later, per start day', () => {
    const learners = [
      { userId: 'sh', joinedAt: iso('2026-03-01T00:00:00Z'), timeZone: 'Asia/Shanghai' },
      { userId: 'ny', joinedAt: iso('2026-03-01T00:00:00Z'), timeZone: 'America/New_York' },
      { userId: 'late', joinedAt: iso('2026-03-12T09:00:00Z'), timeZone: 'Asia/Shanghai' },
    ];
    // New York moves to daylight time on 2026-03-08: midnight is 05:00Z before, 04:00Z after.
    expect(
      memberStarts(learners, ['2026-03-08', '2026-03-10', '2026-03-08']).map((s) => [s.userId, s.startDay, s.from.toISOString()]),
    ).toEqual([
      ['sh', '2026-03-08', '2026-03-07T16:00:00.000Z'],
      ['ny', '2026-03-08', '2026-03-08T05:00:00.000Z'],
      ['late', '2026-03-08', '2026-03-12T09:00:00.000Z'],
      ['sh', '2026-03-10', '2026-03-09T16:00:00.000Z'],
      ['ny', '2026-03-10', '2026-03-10T04:00:00.000Z'],
      ['late', '2026-03-10', '2026-03-12T09:00:00.000Z'],
    ]);
  });
});
