/**
 * Deck tags and schedule comments, as the Obsidian Spaced Repetition plugin defines them:
 * cases from its documentation (docs/en/flashcards/decks.md) and its tests
 * (tests/unit/note-question-parser.test.ts, parser.test.ts, note-card-schedule-parser.test.ts).
 */

import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { parseSrComment } from './sr-schedule';
import { cards } from './test-helpers';

const decksOf = (src: string, obsidian = true) => cards(src, obsidian).map((c) => [c.front, c.obsidianDecks ?? []]);

describe('deck tags (Obsidian SR plugin rules)', () => {
  it('docs: a tag applies to all following cards until the next tag', () => {
    const src = [
      '#flashcards/deckA',
      'Question1 (in deckA)::Answer1',
      'Question2 (also in deckA)::Answer2',
      '',
      '#flashcards/deckB',
      'Question4 (in deckB)::Answer4',
      '',
      '#flashcards/deckC',
      'Question6 (in deckC)::Answer6',
    ].join('\n');
    expect(decksOf(src)).toEqual([
      ['Question1 (in deckA)', ['flashcards/deckA']],
      ['Question2 (also in deckA)', ['flashcards/deckA']],
      ['Question4 (in deckB)', ['flashcards/deckB']],
      ['Question6 (in deckC)', ['flashcards/deckC']],
    ]);
    // A card carries its own deck tag only, not every tag of the note.
    expect(cards(src, true)[0]?.tags).toEqual(['flashcards/deckA']);
  });

  it('docs: a tag leading a card line belongs to that card only, and is stripped from the front', () => {
    const src = [
      '#flashcards/deckA',
      'Question1::Answer1',
      '',
      '#flashcards/deckB Question4 (in deckB)::Answer4',
      '',
      'Question6 (in deckA)::Answer6',
    ].join('\n');
    expect(decksOf(src)).toEqual([
      ['Question1', ['flashcards/deckA']],
      ['Question4 (in deckB)', ['flashcards/deckB']],
      ['Question6 (in deckA)', ['flashcards/deckA']],
    ]);
  });

  it('test: topic tag within question overrides the note topic, for that question only', () => {
    const src = '#flashcards/test\nQ1::A1\n#flashcards/examination Q2::A2\nQ3::A3';
    expect(decksOf(src)).toEqual([
      ['Q1', ['flashcards/test']],
      ['Q2', ['flashcards/examination']],
      ['Q3', ['flashcards/test']],
    ]);
  });

  it('test: the last tag line before a card wins; cards before the first tag line take the first', () => {
    const src = 'Q1::A1\n#flashcards/test\nQ2::A2\n#flashcards/examination\nQ3::A3';
    expect(decksOf(src)).toEqual([
      ['Q1', ['flashcards/test']],
      ['Q2', ['flashcards/test']],
      ['Q3', ['flashcards/examination']],
    ]);
  });

  it('docs: several tags on one line put the cards below in several decks', () => {
    const src = '#flashcards/language/words #flashcards/trivia #flashcards/learned-from-tv\nA group of cats is called a::clowder';
    expect(decksOf(src)).toEqual([
      ['A group of cats is called a', ['flashcards/language/words', 'flashcards/trivia', 'flashcards/learned-from-tv']],
    ]);
  });

  it('test: front-matter tags apply to every card unless a tag line overrides them; other tags are not decks', () => {
    const src = '---\ntags:\n  - flashcards/aws\n  - data-structure\n---\nQ1::A1\nQ2::A2\n\n#flashcards/gcp\nQ3::A3';
    expect(decksOf(src)).toEqual([
      ['Q1', ['flashcards/aws']],
      ['Q2', ['flashcards/aws']],
      ['Q3', ['flashcards/gcp']],
    ]);
    expect(cards(src, true)[2]?.tags).toEqual(['data-structure', 'flashcards/gcp']);
  });

  it('parser test: a tag alone on the line above a multi-line card is part of that card', () => {
    const src = '#flashcards\n\nsome text\n\n#flashcards/tag-on-previous-line\nQuestion\n?\nAnswer\n\nNext::card';
    const cs = cards(src, true);
    expect(cs.map((c) => [c.front, c.back, c.obsidianDecks])).toEqual([
      ['Question', 'Answer', ['flashcards/tag-on-previous-line']],
      // …and not to the cards after it.
      ['Next', 'card', ['flashcards']],
    ]);
    expect(cs[0]?.line).toBe(6);
  });

  it('parser test: two tags above a multi-line reversed card', () => {
    const src = 'some text\nsome text\n\n#flashcards/tag1 #flashcards/tag2\nQL1\n??\nAL1';
    expect(cards(src, true).map((c) => [c.front, c.back, c.obsidianDecks])).toEqual([
      ['QL1', 'AL1', ['flashcards/tag1', 'flashcards/tag2']],
      ['AL1', 'QL1', ['flashcards/tag1', 'flashcards/tag2']],
    ]);
  });

  it('a tag alone on the line above a cloze, or leading it, is part of that cloze', () => {
    const src = '#flashcards\n\n#flashcards/geo\nThe capital of ==France== is Paris.\n\n#flashcards/maths One plus one is ==two==.';
    expect(cards(src, true).map((c) => [c.front, c.obsidianDecks, c.line])).toEqual([
      ['The capital of […] is Paris.', ['flashcards/geo'], 4],
      ['One plus one is […].', ['flashcards/maths'], 6],
    ]);
  });

  it('test: leading white space before a topic tag is stripped (the plugin reads lines, not indented code)', () => {
    const src = '\n            #flashcards/science Q5::A5 <!--SR:!2023-09-02,4,270-->\n';
    const cs = cards(src, true);
    expect(cs.map((c) => [c.front, c.back, c.obsidianDecks])).toEqual([['Q5', 'A5', ['flashcards/science']]]);
  });

  it('test: a tag at the end of a question line is text, and the card falls back to it as its deck', () => {
    const src = "What year did Aegon's Conquest start?::2BC #flashcards";
    expect(cards(src, true).map((c) => [c.front, c.back, c.obsidianDecks])).toEqual([
      ["What year did Aegon's Conquest start?", '2BC #flashcards', ['flashcards']],
    ]);
  });

  it('test: topic tag on the first line after the front matter applies to a cloze under a heading', () => {
    const src =
      '---\ncreated: 2023-10-26T07:34\n---\n#flashcards/English\n\n## taunting\n\nStop trying ==to milk the crowd== for sympathy.';
    expect(decksOf(src)).toEqual([['Stop trying […] for sympathy.', ['flashcards/English']]]);
  });

  it('default mode follows the same tag rules; notes without flashcard tags are unchanged', () => {
    expect(decksOf('#flashcards/deckB Q::A', false)).toEqual([['Q', ['flashcards/deckB']]]);
    const plain = cards('---\ntags: [cnn]\n---\n#exam\n\nQ::A #hard', false);
    expect(plain.map((c) => [c.front, c.tags, c.obsidianDecks])).toEqual([['Q', ['cnn', 'exam', 'hard'], undefined]]);
    // A non-flashcard tag leading a card stays in its text.
    expect(cards('#exam Q::A', false)[0]?.front).toBe('#exam Q');
  });

  it('a deck in decks.yaml selects the nested flashcard tags, as the plugin nests decks', () => {
    const note = {
      path: 'content/notes/vault.md',
      text: '#flashcards/science\nQ1::A1 ^v-q1\n\n#flashcards/science/physics\nQ2::A2 ^v-q2\n\n#flashcards/art\nQ3::A3 ^v-q3',
    };
    const yaml = [
      'decks:',
      '  - { id: all, title: { zh: 全部, en: All }, description: { zh: 全部, en: All }, notes: all }',
      '  - { id: vault, title: { zh: 库, en: Vault }, description: { zh: 库, en: Vault }, notes: [vault] }',
      '  - { id: science, title: { zh: 科学, en: Science }, description: { zh: 科学, en: Science }, tags: [flashcards/science] }',
    ].join('\n');
    const content = buildContent({ notes: [note], decks: { path: 'content/decks.yaml', text: yaml } });
    expect(content.decks.find((d) => d.id === 'science')?.cardIds).toEqual(['v-q1', 'v-q2']);
  });
});

describe('schedule comments', () => {
  it('parses one entry, several sibling entries, the legacy form and the placeholder', () => {
    expect(parseSrComment('<!--SR:!2023-09-02,4,270-->')).toEqual([{ due: '2023-09-02', interval: 4, ease: 270 }]);
    expect(parseSrComment('<!--SR:!2023-09-03,1,230!2023-09-05,3,250!2023-09-06,4,270-->')).toEqual([
      { due: '2023-09-03', interval: 1, ease: 230 },
      { due: '2023-09-05', interval: 3, ease: 250 },
      { due: '2023-09-06', interval: 4, ease: 270 },
    ]);
    expect(parseSrComment('<!--SR:2023-09-02,4,270-->')).toEqual([{ due: '2023-09-02', interval: 4, ease: 270 }]);
    expect(parseSrComment('<!--SR:!2000-01-01,1,250!2023-09-06,4,270-->')).toEqual([null, { due: '2023-09-06', interval: 4, ease: 270 }]);
    expect(parseSrComment('<!-- a note to self -->')).toBeUndefined();
  });

  it('keeps the schedule of a card from its own line or the next line, never as card text', () => {
    const src = [
      '#flashcards/test',
      'A::B <!--SR:!2023-09-03,1,230--> ^d7cee0',
      'C::D',
      '<!--SR:!2023-09-04,2,240-->',
      'E::F',
      '',
      'Front\n??\nBack\n<!--SR:!2021-08-11,4,270!2021-08-12,5,280-->',
      '',
      'This is a really very ==interesting== and ==fascinating== and ==great== test',
      '<!--SR:!2023-09-03,1,230!2000-01-01,1,250!2023-09-06,4,270-->',
    ].join('\n');
    const cs = cards(src, true);
    expect(cs.map((c) => [c.id, c.front, c.srSchedule])).toEqual([
      ['d7cee0', 'A', { due: '2023-09-03', interval: 1, ease: 230 }],
      [expect.any(String), 'C', { due: '2023-09-04', interval: 2, ease: 240 }],
      [expect.any(String), 'E', undefined],
      [expect.any(String), 'Front', { due: '2021-08-11', interval: 4, ease: 270 }],
      [expect.any(String), 'Back', { due: '2021-08-12', interval: 5, ease: 280 }],
      [expect.stringMatching(/\.1$/), expect.any(String), { due: '2023-09-03', interval: 1, ease: 230 }],
      [expect.stringMatching(/\.2$/), expect.any(String), undefined],
      [expect.stringMatching(/\.3$/), expect.any(String), { due: '2023-09-06', interval: 4, ease: 270 }],
    ]);
    expect(JSON.stringify(cs.map((c) => [c.front, c.back]))).not.toContain('SR:');
  });
});
