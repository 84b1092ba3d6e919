import { describe, expect, it } from 'vitest';
import { segmentNote, withoutLeadingH1 } from './note-segments';

const NOTE = [
  '# Pooling', // line 5 of the file (front matter above)
  '',
  'Intro text.',
  '',
  'Q1::A1 ^p-1',
  'Q2::A2 ^p-2',
  '',
  '```predict',
  'id: p-3',
  '',
  'question: what?',
  '```',
  '',
  '## Next',
  'Tail ::: reversed ^p-4',
  '## After',
  'More text.',
].join('\n');

describe('segmentNote', () => {
  it('marks card chunks in place, merging adjacent cards, and keeps the prose around them', () => {
    const cards = [
      { id: 'p-4', line: 19 },
      { id: 'p-1', line: 9 },
      { id: 'p-3', line: 12 },
      { id: 'p-2', line: 10 },
      { id: 'gone', line: 99 },
    ];
    const segs = segmentNote(NOTE, 5, cards);
    const brief = segs.map((s) => (s.kind === 'text' ? [s.startLine, s.markdown] : [s.startLine, s.endLine, s.cards.map((c) => c.id)]));
    expect(brief).toEqual([
      [5, '# Pooling\n\nIntro text.\n'],
      [9, 10, ['p-1', 'p-2']],
      [12, 16, ['p-3']], // a blank line inside the fence does not end the block
      [17, '\n## Next'],
      [19, 19, ['p-4']], // a heading ends the chunk
      [20, '## After\nMore text.'],
      [-1, -1, ['gone']],
    ]);
  });

  it('blanks a leading h1 without shifting lines', () => {
    expect(withoutLeadingH1('\n# Title\n\nBody')).toBe('\n\n\nBody');
    expect(withoutLeadingH1('Body\n# Not first')).toBe('Body\n# Not first');
  });
});
