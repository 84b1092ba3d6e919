import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeChoice, isMultiSelect } from './choice';

const opts = [{ correct: true }, { correct: false }, { correct: true }, {}];

describe('gradeChoice', () => {
  it('needs every correct option and no wrong one', () => {
    expect(gradeChoice(opts, [0, 2])).toEqual({ correct: true, grade: 4, missed: [], wrong: [] });
    expect(gradeChoice(opts, [0])).toMatchObject({ correct: false, grade: 1, missed: [2] });
    expect(gradeChoice(opts, [0, 2, 3])).toMatchObject({ grade: 1, wrong: [3] });
    expect(gradeChoice(opts, [])).toMatchObject({ grade: 1, missed: [0, 2] });
  });
  it('detects multi-select', () => {
    expect(isMultiSelect(opts)).toBe(true);
    expect(isMultiSelect([{ correct: true }, {}])).toBe(false);
  });
  it('grades 4 exactly when the chosen set is the correct set', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(9)), (flags, picks) => {
        const options = flags.map((correct) => ({ correct }));
        const chosen = new Set(picks);
        const same = flags.every((c, i) => c === chosen.has(i)) && [...chosen].every((i) => i < flags.length) && chosen.size > 0;
        return gradeChoice(options, chosen).grade === (same ? 4 : 1);
      }),
    );
  });
});
