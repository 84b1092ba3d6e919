import { describe, expect, it } from 'vitest';
import { confidentlyWrong, mostMissed, quizItemStats } from './quiz-items';

describe('quiz item statistics', () => {
  const stats = quizItemStats([
    { cardId: 'a', correct: false, certainty: 3, count: 2 },
    { cardId: 'a', correct: true, certainty: 3, count: 2 },
    { cardId: 'b', correct: false, certainty: 1, count: 3 },
    { cardId: 'b', correct: false, certainty: null, count: 1 },
    { cardId: 'c', correct: true, certainty: 2, count: 5 },
  ]);

  it('counts answers, misses and high-certainty misses per item', () => {
    expect(stats.find((s) => s.cardId === 'a')).toEqual({ cardId: 'a', answered: 4, wrong: 2, confidentlyWrong: 2, missedPercent: 50 });
    expect(stats.find((s) => s.cardId === 'b')).toEqual({ cardId: 'b', answered: 4, wrong: 4, confidentlyWrong: 0, missedPercent: 100 });
  });

  it('ranks most missed and confidently wrong, leaving out items nobody got wrong', () => {
    expect(mostMissed(stats).map((s) => s.cardId)).toEqual(['b', 'a']);
    expect(confidentlyWrong(stats).map((s) => s.cardId)).toEqual(['a']);
  });
});
