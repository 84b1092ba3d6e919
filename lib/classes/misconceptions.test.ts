import { describe, expect, it } from 'vitest';
import { aggregateMisconceptions, groupPredictRuns, type PredictCardInfo, type PredictRun } from './misconceptions';

const card: PredictCardInfo = {
  cardId: 'bn-predict',
  question: 'Does batch size matter for BN?',
  experimentId: 'bn-batch',
  options: [
    { outcome: 'matters', text: 'Small batches hurt' },
    { outcome: 'no-effect', text: 'batch size does not matter for BN' },
  ],
  topic: 'normalization',
  groupId: 'bn-predict',
};

let t = 0;
const run = (userId: string, prediction: string, confidence: string | null, outcome = 'matters'): PredictRun => ({
  userId,
  cardId: card.cardId,
  prediction,
  confidence,
  outcome,
  correct: prediction === outcome,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, ++t)),
});

describe('aggregateMisconceptions', () => {
  it('counts each learner once, by their first prediction, next to what the runs showed', () => {
    const runs = [
      run('a', 'no-effect', 'high'),
      run('b', 'no-effect', 'medium'),
      run('c', 'matters', 'low'),
      run('a', 'matters', 'high'), // a second run after seeing the result: not counted as a prediction
    ];
    const [m] = aggregateMisconceptions([card], groupPredictRuns(runs));
    expect(m!.learners).toBe(3);
    expect(m!.runs).toBe(4);
    expect(m!.outcome).toBe('matters');
    expect(m!.right).toBe(1);
    expect(m!.topWrong).toEqual({ outcome: 'no-effect', label: 'batch size does not matter for BN', count: 2 });
    expect(m!.confidentlyWrong).toBe(1);
    expect(m!.confidence).toEqual({ low: 1, medium: 1, high: 1, none: 0 });
    const [matters, noEffect] = m!.options;
    expect(matters).toMatchObject({ outcome: 'matters', predicted: 1, shown: 4, isOutcome: true });
    expect(noEffect).toMatchObject({ predicted: 2, shown: 0, isOutcome: false, byConfidence: { low: 0, medium: 1, high: 1, none: 0 } });
  });

  it('leaves out cards nobody ran and sorts the most-wrong card first', () => {
    const other: PredictCardInfo = {
      ...card,
      cardId: 'other',
      options: [
        { outcome: 'x', text: 'X' },
        { outcome: 'y', text: 'Y' },
      ],
    };
    const silent: PredictCardInfo = { ...card, cardId: 'silent' };
    const runs = [
      run('a', 'matters', null),
      { ...run('a', 'y', 'low', 'x'), cardId: 'other' },
      { ...run('b', 'y', 'low', 'x'), cardId: 'other' },
    ];
    const out = aggregateMisconceptions([card, other, silent], groupPredictRuns(runs));
    expect(out.map((m) => m.card.cardId)).toEqual(['other', 'bn-predict']);
    expect(out[1]!.topWrong).toBeNull();
    expect(out[1]!.confidence.none).toBe(1);
  });

  it('labels an outcome the card no longer lists with its id', () => {
    const [m] = aggregateMisconceptions([card], groupPredictRuns([run('a', 'gone', 'low', 'matters')]));
    expect(m!.options.map((o) => o.label)).toEqual(['Small batches hurt', 'batch size does not matter for BN', 'gone']);
    expect(m!.topWrong).toEqual({ outcome: 'gone', label: 'gone', count: 1 });
  });

  it('groups runs as the database does: every run by outcome, each learner once by their first run', () => {
    const runs = [run('a', 'no-effect', 'high'), run('b', 'no-effect', 'high'), run('a', 'matters', 'low'), run('c', 'matters', null)];
    const g = groupPredictRuns([...runs].reverse()); // input order does not matter: time does
    expect(g.outcomes).toEqual([{ cardId: card.cardId, outcome: 'matters', runs: 4, firstAt: runs[0]!.createdAt }]);
    expect(g.firsts).toEqual([
      { cardId: card.cardId, prediction: 'no-effect', confidence: 'high', correct: false, learners: 2, firstAt: runs[0]!.createdAt },
      { cardId: card.cardId, prediction: 'matters', confidence: null, correct: true, learners: 1, firstAt: runs[3]!.createdAt },
    ]);
  });
});
