import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeItem, scoreAnswer } from './grade-item';

describe('gradeItem', () => {
  const options = [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }];
  it('grades mc with the card’s own options', () => {
    expect(gradeItem({ options }, { form: 'mc', selected: [1] }).correct).toBe(true);
    expect(gradeItem({ options }, { form: 'mc', selected: [0] }).correct).toBe(false);
    expect(gradeItem({ options }, { form: 'mc', selected: [0, 1] }).correct).toBe(false);
    expect(gradeItem({ options }, { form: 'mc', selected: [] }).correct).toBe(false);
  });
  it.each([
    ['输出通道数。', true],
    ['  输出通道数  ', true],
    ['输出通道数，', true],
    ['输出通道', false],
  ])('grades a typed answer %j after normalizing: %s', (text, correct) => {
    expect(gradeItem({ answers: ['输出通道数'] }, { form: 'typed', text }).correct).toBe(correct);
  });
  it.each([
    ['ＭＡＸ　ＰＯＯＬＩＮＧ', true],
    ['Max pooling.', true],
    ['max  pooling!', true],
    ['max poolin', false],
    ['', false],
  ])('grades a cloze answer %j (full width, case, spaces, punctuation): %s', (text, correct) => {
    expect(gradeItem({ answers: ['max pooling'] }, { form: 'cloze', text }).correct).toBe(correct);
  });
  it('counts a near miss as wrong but says it was close', () => {
    expect(gradeItem({ answers: ['dropout'] }, { form: 'typed', text: 'droput' })).toEqual({ correct: false, verdict: 'close' });
  });
  it('takes the server’s verdict for a prediction and never scores a self-rating', () => {
    expect(gradeItem({}, { form: 'predict', prediction: 'x', correct: true }).correct).toBe(true);
    expect(gradeItem({}, { form: 'self', rating: 'knew' }).correct).toBeNull();
  });
});

describe('scoreAnswer', () => {
  it('uses the CBM table with certainty on, 1/0 with it off, and nothing when late', () => {
    expect(scoreAnswer(true, 3, false, true)).toBe(3);
    expect(scoreAnswer(false, 3, false, true)).toBe(-6);
    expect(scoreAnswer(false, 2, false, true)).toBe(-2);
    expect(scoreAnswer(true, null, false, false)).toBe(1);
    expect(scoreAnswer(false, null, false, false)).toBe(0);
    expect(scoreAnswer(true, 3, true, true)).toBeNull();
    expect(scoreAnswer(null, 3, false, true)).toBeNull();
  });
  it('never scores a late answer', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        fc.boolean(),
        (c, k, on) => scoreAnswer(c, k, true, on) === null,
      ),
    );
  });
});
