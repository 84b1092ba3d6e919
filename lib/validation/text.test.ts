import { describe, expect, it } from 'vitest';
import { isSafeText, keyString, safeString } from './text';

describe('safe text', () => {
  it('accepts ordinary text in any script', () => {
    for (const s of ['', 'Class 7B', '批归一化', 'emoji 🎓', 'tab\tand\nnewline']) expect(isSafeText(s)).toBe(true);
  });
  it('rejects NUL bytes and lone surrogates', () => {
    for (const s of ['a\u0000b', '\ud800', 'x\udfffy', '\ud83c']) expect(isSafeText(s)).toBe(false);
    expect(safeString().safeParse('a\u0000').success).toBe(false);
  });
  it('keys use a safe alphabet', () => {
    expect(keyString().safeParse('0b7f6a1e-2c3d:4.5_x').success).toBe(true);
    for (const k of ['short', 'has space 123', 'semi;colon12', '\ud800\ud800\ud800\ud800\ud800', 'x'.repeat(101)])
      expect(keyString().safeParse(k).success).toBe(false);
  });
});
