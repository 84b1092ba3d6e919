import { describe, expect, it } from 'vitest';
import { mathText, plainText } from './plain-text';

describe('plainText', () => {
  it('writes formulas as the symbols a reader sees, never as TeX', () => {
    expect(plainText('What does $\\gamma$ scale in **batch norm**?')).toBe('What does γ scale in batch norm?');
    expect(plainText('Output size $\\frac{n - k}{s} + 1$')).toBe('Output size n−k/s+1');
    expect(plainText('$$\n\\sigma^2 + \\epsilon\n$$')).toBe('σ^2+ϵ');
    expect(mathText('x_i')).toBe('x_i');
    expect(mathText('\\sqrt{d_k}')).toBe('√d_k');
  });
  it('keeps the source of a formula KaTeX cannot read, and truncates long text', () => {
    expect(plainText('Broken $\\frac{1$ here')).toContain('\\frac{1');
    expect(plainText('word '.repeat(50), 20)).toBe('word word word word…');
  });
});
