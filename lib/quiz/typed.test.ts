import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffChars, editDistance, gradeTyped, normalizeAnswer, overrideTyped } from './typed';

describe('normalizeAnswer', () => {
  it('folds full-width to half-width, case and whitespace', () => {
    expect(normalizeAnswer('  ＡＢＣ　１２３  ')).toBe('abc123');
    expect(normalizeAnswer('Batch\t\n  Norm')).toBe('batch norm');
  });
  it('strips trailing punctuation, ASCII and Chinese', () => {
    expect(normalizeAnswer('输出通道数。')).toBe('输出通道数');
    expect(normalizeAnswer('385，')).toBe('385');
    expect(normalizeAnswer('weight decay!! ')).toBe('weight decay');
    expect(normalizeAnswer('输出通道数 ...')).toBe('输出通道数');
  });
  it('keeps inner punctuation', () => {
    expect(normalizeAnswer('1/(1-p).')).toBe('1/(1-p)');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeAnswer(normalizeAnswer(s)) === normalizeAnswer(s)));
  });
});

describe('editDistance', () => {
  it('counts single edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('通道数', '通道')).toBe(1);
  });
  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = editDistance(a, b);
        return d === editDistance(b, a) && (d === 0) === (a === b);
      }),
    );
  });
});

describe('diffChars', () => {
  it('marks missing and extra characters', () => {
    expect(diffChars('dropout', 'droput')).toEqual([
      { op: 'equal', text: 'drop' },
      { op: 'missing', text: 'o' },
      { op: 'equal', text: 'ut' },
    ]);
    expect(diffChars('385', '3855')).toEqual([
      { op: 'equal', text: '385' },
      { op: 'extra', text: '5' },
    ]);
  });
  it('rebuilds both strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const parts = diffChars(a, b);
        const expected = parts
          .filter((p) => p.op !== 'extra')
          .map((p) => p.text)
          .join('');
        const typed = parts
          .filter((p) => p.op !== 'missing')
          .map((p) => p.text)
          .join('');
        return expected === a && typed === b;
      }),
    );
  });
});

describe('gradeTyped', () => {
  it('grades exact answers Good, near misses Hard, the rest Again', () => {
    expect(gradeTyped('３８５。', ['385']).grade).toBe(4);
    expect(gradeTyped('droput', ['dropout']).verdict).toBe('close');
    expect(gradeTyped('droput', ['dropout']).grade).toBe(3);
    expect(gradeTyped('8', ['7']).grade).toBe(1);
    expect(gradeTyped('', ['7']).grade).toBe(1);
  });
  it('needs 4 characters for a near miss', () => {
    expect(gradeTyped('386', ['385']).verdict).toBe('wrong');
    expect(gradeTyped('3855', ['3850']).verdict).toBe('close');
  });
  it('matches any accepted answer and reports the closest one', () => {
    const r = gradeTyped('weight decay', ['L2', 'Weight decay']);
    expect(r.verdict).toBe('exact');
    expect(r.answer).toBe('Weight decay');
  });
  it('always grades an accepted answer at least 3, whatever its spacing or width', () => {
    const answer = fc.string({ minLength: 1 }).filter((s) => normalizeAnswer(s) !== '');
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 3 }), fc.nat(), (accepted, k) => {
        const chosen = accepted[k % accepted.length]!;
        return gradeTyped(`  ${chosen.toUpperCase()}  。`, accepted).grade >= 3 && gradeTyped(chosen, accepted).grade === 4;
      }),
    );
  });
  it('never grades an empty answer above 1', () => {
    fc.assert(fc.property(fc.array(fc.string()), (accepted) => gradeTyped('  ', accepted).grade === 1));
  });
});

describe('gradeTyped golden table: ordinary notation', () => {
  // [typed, accepted answers, verdict]
  const table: [string, string[], 'exact' | 'close' | 'wrong'][] = [
    ['3x3', ['3×3'], 'exact'],
    ['3X3', ['3×3'], 'exact'],
    ['3*3', ['3×3'], 'exact'],
    ['3 x 3', ['3×3'], 'exact'],
    ['３×３', ['3×3'], 'exact'],
    ['15x15', ['15', '15×15'], 'exact'],
    ['-2', ['−2'], 'exact'],
    ['1-p', ['1−p'], 'exact'],
    ['w^2', ['w²'], 'exact'],
    ['W ^ 2', ['w²'], 'exact'],
    ['x^2', ['x²'], 'exact'],
    ['2 w', ['2w'], 'exact'],
    ['385', ['385 ms'], 'exact'],
    ['385ms', ['385 ms'], 'exact'],
    ['３８５ ms', ['385 ms'], 'exact'],
    ['385 个', ['385'], 'exact'],
    ['385 s', ['385 ms'], 'close'],
    ['385 km', ['385 ms'], 'wrong'],
    ['2014', ['2013', '2014'], 'exact'],
    ['2020', ['2013', '2014'], 'wrong'],
    ['droput', ['dropout'], 'close'],
    ['batchnorm', ['batch norm'], 'close'],
    ['3x4', ['3×3'], 'wrong'],
    ['box', ['box'], 'exact'],
    ['3x', ['3×3'], 'wrong'],
  ];
  it.each(table)('%s against %j is %s', (typed, accepted, verdict) => {
    expect(gradeTyped(typed, accepted).verdict).toBe(verdict);
  });
  it('keeps an x that is a letter', () => {
    expect(normalizeAnswer('x^2')).toBe('x^2');
    expect(normalizeAnswer('Max pooling')).toBe('max pooling');
  });
});

describe('overrideTyped', () => {
  it('counts a close answer as correct, and only a close one', () => {
    const close = overrideTyped(gradeTyped('droput', ['dropout']));
    expect(close).toMatchObject({ verdict: 'exact', grade: 4, overridden: true });
    expect(overrideTyped(gradeTyped('pooling', ['dropout']))).toMatchObject({ verdict: 'wrong', grade: 1, overridden: false });
    expect(overrideTyped(gradeTyped('dropout', ['dropout'])).overridden).toBe(false);
  });
});
