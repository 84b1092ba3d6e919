import { describe, expect, it } from 'vitest';
import { plainScore, summarize, trendPoint, type ResultAnswer, type ResultItem } from './results';

const items: ResultItem[] = [
  { index: 0, cardId: 'a', form: 'mc', group: 'pooling' },
  { index: 1, cardId: 'b', form: 'typed', group: 'pooling' },
  { index: 2, cardId: 'c', form: 'cloze', group: 'dropout' },
  { index: 3, cardId: 'd', form: 'mc', group: 'dropout' },
  { index: 4, cardId: 'e', form: 'self', group: 'dropout' },
  { index: 5, cardId: 'f', form: 'typed', group: 'vae' },
];
const answers: ResultAnswer[] = [
  { itemIndex: 0, correct: true, certainty: 3, score: 3, late: false },
  { itemIndex: 1, correct: false, certainty: 1, score: 0, late: false },
  { itemIndex: 2, correct: false, certainty: 3, score: -6, late: false },
  { itemIndex: 3, correct: null, certainty: 2, score: null, late: true },
  { itemIndex: 4, correct: null, certainty: null, score: null, late: false, rating: 'didnt' },
];

describe('summarize', () => {
  const r = summarize(items, answers, true);
  it('scores the scored items only; late and unanswered count as wrong', () => {
    expect(r.plain).toEqual({ total: 5, correct: 1, pct: 20 });
    expect(r.cbm).toEqual({ total: -3, max: 15 });
    expect(r.self).toEqual({ total: 1, knew: 0, partly: 0, didnt: 1 });
  });
  it('computes calibration per certainty level from on-time answers', () => {
    expect(r.calibration).toEqual([
      { certainty: 1, total: 1, correct: 0, pct: 0 },
      { certainty: 2, total: 0, correct: 0, pct: null },
      { certainty: 3, total: 2, correct: 1, pct: 50 },
    ]);
  });
  it('breaks the score down by topic', () => {
    expect(r.byTopic).toEqual([
      { group: 'dropout', total: 2, correct: 0, pct: 0 },
      { group: 'pooling', total: 2, correct: 1, pct: 50 },
      { group: 'vae', total: 1, correct: 0, pct: 0 },
    ]);
  });
  it('lists what was missed, misconceptions first', () => {
    expect(r.missed.map((m) => [m.cardId, m.why, m.misconception])).toEqual([
      ['c', 'wrong', true],
      ['b', 'wrong', false],
      ['d', 'late', false],
      ['e', 'didnt', false],
      ['f', 'unanswered', false],
    ]);
  });
  it('has no CBM score with certainty off', () => {
    expect(summarize(items, answers, false).cbm).toBeNull();
  });
});

describe('plainScore', () => {
  it('is summarize’s plain score, from the answers’ item, correctness and lateness alone', () => {
    expect(plainScore(items, answers)).toEqual(summarize(items, answers, true).plain);
    const lean = answers.map(({ itemIndex, correct, late }) => ({ itemIndex, correct, late }));
    expect(plainScore(items, lean)).toEqual({ total: 5, correct: 1, pct: 20 });
    expect(plainScore(items, [])).toEqual({ total: 5, correct: 0, pct: 0 });
    expect(
      plainScore(
        items.filter((i) => i.form === 'self'),
        answers,
      ),
    ).toEqual({ total: 0, correct: 0, pct: null });
  });
});

describe('trendPoint', () => {
  it('plots the plain % and the certainty score as % of the best (negative when confidently wrong)', () => {
    expect(trendPoint(2, summarize(items, answers, true))).toEqual({ n: 2, plain: 20, cbm: -20 });
    expect(trendPoint(1, summarize(items, answers, false))).toEqual({ n: 1, plain: 20, cbm: null });
  });
});
