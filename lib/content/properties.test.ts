/** Properties of the parser over generated notes (fast-check). */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from './parse';
import { FILE } from './test-helpers';
import { addMissingIds } from './write-ids';

/** Markdown-ish and card-ish fragments, so random notes hit the interesting paths. */
const fragment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '::',
      ':::',
      ':=:',
      ' | ',
      '?',
      '??',
      '\n',
      '\n\n',
      '==',
      '{{c1::',
      '{{c2::',
      '}}',
      '`',
      '```',
      '```predict\n',
      '~~~',
      '$',
      '$$',
      '- ',
      '- [ ] ',
      '- [x] ',
      '1. ',
      '> ',
      '# ',
      '---',
      '===',
      '<!--',
      '-->',
      '<!--SR:!2021-08-11,4,270-->',
      ' ^',
      '^id-1',
      '#flashcards',
      '：',
      '？',
      '|',
      '|---|',
      '![a](b)',
      '[x](y)',
      '\\',
      '  ',
      '\t',
      '\r\n',
      'id: x\n',
      'experiment: bn-batch-size\n',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const anyNote = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('parser properties', () => {
  it('never throws, and every card points at a line of the note', () => {
    fc.assert(
      fc.property(anyNote, fc.boolean(), (source, obsidian) => {
        const note = parseNote(source, { file: FILE, obsidian });
        expect(note.diagnostics.filter((d) => d.message.startsWith('internal'))).toEqual([]);
        const lines = source.split(/\r\n|\n|\r/);
        for (const c of note.cards) {
          expect(c.line).toBeGreaterThanOrEqual(1);
          expect(c.line).toBeLessThanOrEqual(lines.length);
          expect((lines[c.line - 1] ?? '').trim()).not.toBe('');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('writing ids is idempotent and only ever inserts', () => {
    fc.assert(
      fc.property(anyNote, (source) => {
        const once = addMissingIds(source, { file: FILE });
        expect(addMissingIds(once.text, { file: FILE }).added).toEqual([]);
        expect(once.text.length).toBe(source.length + once.added.reduce((n, e) => n + e.text.length, 0));
      }),
      { numRuns: 1500 },
    );
  });
});

// Generated notes made of well-formed cards, each with a known first line.
const word = fc.stringMatching(/^[a-z\u4e00-\u4e2f]{1,8}$/);
type Block = { text: string; front: string | null; cards: number };
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.tuple(word, word).map(([q, a]) => ({ text: `${q}::${a}`, front: q, cards: 1 })),
  fc.tuple(word, word).map(([q, a]) => ({ text: `${q}:::${a}`, front: q, cards: 2 })),
  fc.tuple(word, word, word).map(([q, a, b]) => ({ text: `${q}:=:${a} | ${b}`, front: q, cards: 1 })),
  fc
    .tuple(word, word, word, fc.constantFrom('?', '??'))
    .map(([q, q2, a, s]) => ({ text: `${q}\n${q2}\n${s}\n${a}`, front: `${q}\n${q2}`, cards: s === '?' ? 1 : 2 })),
  fc.tuple(word, word, word).map(([a, b, c]) => ({ text: `${a} ==${b}== ${c}`, front: null, cards: 1 })),
  fc.tuple(word, word, word).map(([q, a, b]) => ({ text: `${q}？\n- [x] ${a}\n- [ ] ${b}`, front: `${q}？`, cards: 1 })),
  fc.tuple(word, word).map(([a, b]) => ({ text: `${a} ${b}`, front: null, cards: 0 })),
  fc.tuple(word, word).map(([a, b]) => ({ text: `\`\`\`\n${a}::${b}\n\`\`\``, front: null, cards: 0 })),
  word.map((w) => ({ text: `## ${w}`, front: null, cards: 0 })),
);

describe('properties of well-formed notes', () => {
  it("every card's line holds its front start, or its separator", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const source = blocks.map((b) => b.text).join('\n\n');
        const note = parseNote(source, { file: FILE });
        const lines = source.split('\n');
        expect(note.cards).toHaveLength(blocks.reduce((n, b) => n + b.cards, 0));
        let line = 1;
        let i = 0;
        for (const b of blocks) {
          for (let k = 0; k < b.cards; k++) {
            const card = note.cards[i++];
            expect(card?.line).toBe(line);
            const src = lines[(card?.line ?? 0) - 1] ?? '';
            const frontStart = (card?.group === card?.id ? card?.front : (b.front ?? ''))?.split('\n')[0] ?? '';
            expect(src.includes(frontStart.replace(/\[…\].*$/, '')) || /::|:=:/.test(src)).toBe(true);
          }
          line += b.text.split('\n').length + 1;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an explicit id survives any edit of the card text', () => {
    const kinds = [
      (q: string, a: string) => `${q}::${a} ^my-card`,
      (q: string, a: string) => `${q}:::${a} ^my-card`,
      (q: string, a: string) => `${q}:=:${a} ^my-card`,
      (q: string, a: string) => `${q}\n?\n${a} ^my-card`,
      (q: string, a: string) => `${q} ==${a}== ^my-card`,
      (q: string, a: string) => `${q}？ ^my-card\n- [x] ${a}\n- [ ] 不对`,
      (q: string, a: string) =>
        `\`\`\`predict\nid: my-card\nexperiment: conv-bias-params\nquestion: ${q}\nmetric: biasParams\ntolerance: 0\nexplanation: ${a}\n\`\`\``,
    ];
    fc.assert(
      fc.property(fc.nat(kinds.length - 1), word, word, word, word, (kind, q1, a1, q2, a2) => {
        const make = kinds[kind] as (q: string, a: string) => string;
        const before = parseNote(`# 标题\n\n${make(q1, a1)}\n`, { file: FILE }).cards;
        const after = parseNote(`# 新标题\n\n前面加了一段。\n\n${make(q2, a2)}\n`, { file: FILE }).cards;
        expect(before.length).toBeGreaterThan(0);
        expect(after.map((c) => c.group)).toEqual(before.map(() => 'my-card'));
        expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
      }),
      { numRuns: 300 },
    );
  });
});
