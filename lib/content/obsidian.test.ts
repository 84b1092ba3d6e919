/**
 * The examples of the Obsidian Spaced Repetition plugin's documentation
 * (flashcards pages), parsed in Obsidian mode as the plugin describes them.
 */

import { describe, expect, it } from 'vitest';
import { brief, cards, parse } from './test-helpers';

const tagged = (body: string) => `#flashcards\n\n${body}`;

describe('Obsidian SR plugin rules', () => {
  it('single-line basic: Question::Answer', () => {
    expect(brief(tagged('This is really::cool'), true)).toEqual([{ type: 'basic', front: 'This is really', back: 'cool' }]);
  });

  it('single-line reversed: Question:::Answer gives two cards', () => {
    expect(brief(tagged('Question:::Answer'), true)).toEqual([
      { type: 'reversed', front: 'Question', back: 'Answer' },
      { type: 'reversed', front: 'Answer', back: 'Question' },
    ]);
  });

  it('multi-line basic separated by ?', () => {
    const src = tagged('Multi-line question\nthat goes on\n?\nMulti-line answer\nwith more lines\n\nUnrelated paragraph');
    expect(brief(src, true)).toEqual([
      { type: 'basic', front: 'Multi-line question\nthat goes on', back: 'Multi-line answer\nwith more lines' },
    ]);
  });

  it('multi-line reversed separated by ??', () => {
    expect(brief(tagged('Front side\n??\nBack side'), true)).toEqual([
      { type: 'reversed', front: 'Front side', back: 'Back side' },
      { type: 'reversed', front: 'Back side', back: 'Front side' },
    ]);
  });

  it('cloze: each ==highlight== is its own card, shown as […]', () => {
    expect(brief(tagged('The capital of ==France== is ==Paris==.'), true)).toEqual([
      { type: 'cloze', front: 'The capital of […] is Paris.', back: 'The capital of ==France== is Paris.' },
      { type: 'cloze', front: 'The capital of France is […].', back: 'The capital of France is ==Paris==.' },
    ]);
  });

  it('only notes tagged #flashcards hold cards', () => {
    expect(cards('Question::Answer', true)).toEqual([]);
    expect(cards('#flashcards/biology\n\nQuestion::Answer', true)).toHaveLength(1);
    expect(cards('---\ntags: [flashcards]\n---\nQuestion::Answer', true)).toHaveLength(1);
    expect(cards('---\ntags: flashcards/physics\n---\nQuestion::Answer', true)).toHaveLength(1);
    // The tag inside code is not a tag.
    expect(cards('`#flashcards`\n\nQuestion::Answer', true)).toEqual([]);
  });

  it('turns Obsidian mode on from front matter', () => {
    const note = parse('---\nobsidian: true\n---\nQuestion::Answer');
    expect(note.obsidian).toBe(true);
    expect(note.cards).toEqual([]);
  });

  it('never reads scheduling comments as card text', () => {
    const src = tagged(
      [
        'Question::Answer <!--SR:!2021-08-11,4,270-->',
        '',
        'Front\n?\nBack\n<!--SR:!2021-08-11,4,270-->',
        '',
        'Front 2\n??\nBack 2\n<!--SR:!2021-08-11,4,270!2021-08-12,5,270-->',
        '',
        'Some ==cloze== text\n<!--SR:!2021-08-11,4,270-->',
      ].join('\n'),
    );
    const cs = brief(src, true);
    expect(cs.map((c) => c.back)).toEqual(['Answer', 'Back', 'Back 2', 'Front 2', 'Some ==cloze== text']);
    expect(JSON.stringify(cs)).not.toContain('SR:');
    // …in default mode too.
    expect(brief('Q::A <!--SR:!2021-08-11,4,270-->')).toEqual([{ type: 'basic', front: 'Q', back: 'A' }]);
  });

  it('does not read the syntax the plugin does not have', () => {
    const src = tagged('Q:=:A\n\nWhich?\n- [ ] a\n- [x] b\n\n```predict\nexperiment: bn-batch-size\n```');
    expect(cards(src, true)).toEqual([]);
  });
});
