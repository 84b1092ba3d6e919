import { describe, expect, it } from 'vitest';
import { BOM, contentDisposition, csvField, csvFilename, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Ada')).toBe('Ada');
    expect(csvField(42)).toBe('42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('prefixes a formula-looking text %j', (v) => {
    const out = csvField(v);
    expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
    expect(out).toContain(v.replaceAll('"', '""'));
  });

  it('quotes a guarded cell that also needs quotes', () => {
    expect(csvField('=cmd|"/c calc"!A0')).toBe(`"'=cmd|""/c calc""!A0"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('keeps Chinese text as it is', () => {
    expect(csvField('张三')).toBe('张三');
    expect(csvField('批量大小，无关')).toBe('批量大小，无关');
  });
});

describe('toCsv', () => {
  it('starts with the BOM and ends each record with CRLF', () => {
    const text = toCsv(
      ['name', 'recall'],
      [
        ['李雷', 80],
        ['=evil', -1],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe("name,recall\r\n李雷,80\r\n'=evil,-1\r\n");
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('file names', () => {
  it('keeps letters of any script and drops the rest', () => {
    expect(csvFilename('Deep Learning 101 / A', 'learners', '2026-12-02')).toBe('Deep-Learning-101-A-learners-2026-12-02.csv');
    expect(csvFilename('深度学习（一班）', 'cards', '2026-12-02')).toBe('深度学习-一班-cards-2026-12-02.csv');
    expect(csvFilename('"../', 'cards', 'd')).toBe('class-cards-d.csv');
  });

  it('gives an ASCII fallback and a UTF-8 name', () => {
    const h = contentDisposition('深度-cards.csv');
    expect(h).toBe(`attachment; filename="__-cards.csv"; filename*=UTF-8''${encodeURIComponent('深度-cards.csv')}`);
  });
});
