import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { previewDeck } from './deck-preview';
import { readDeckSource } from './deck-source';
import { renderMarkdown } from './render';

describe('readDeckSource (a teacher deck through the content pipeline)', () => {
  it('writes the anchors a save stores, exactly as content:ids would, and keeps them on a second read', () => {
    const src = '# T\n\nQ one::A one\n\nA ==cloze== here.\n';
    const first = readDeckSource(src);
    expect(first.errors).toBe(0);
    expect(first.markdown).toMatch(/^Q one::A one \^deck-[0-9a-f]{6}$/m);
    expect(first.note.cards.map((c) => c.hasExplicitId)).toEqual([true, true]);
    const again = readDeckSource(first.markdown);
    expect(again.markdown).toBe(first.markdown);
    expect(again.note.cards.map((c) => c.id)).toEqual(first.note.cards.map((c) => c.id));
    // Missing anchors are no warning here: the save writes them.
    expect(first.diagnostics).toEqual([]);
  });

  it('reports errors at the line and column of the source as typed, errors first', () => {
    const src = [
      '# T',
      '',
      'Q::' + 'x'.repeat(70) + ' ^long',
      '',
      '```predict',
      'id: p',
      'experiment: bn-batchsize',
      'question: q',
      '```',
      '',
    ].join('\n');
    const r = readDeckSource(src);
    expect(r.errors).toBe(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 7 });
    expect(r.diagnostics[0]!.message).toContain('unknown experiment "bn-batchsize"');
    expect(r.diagnostics[1]).toMatchObject({ severity: 'warning', line: 3 });
  });

  it('refuses a deck without cards', () => {
    expect(readDeckSource('# Only prose\n\nNo cards here.\n').diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: 'the deck has no cards' }),
    ]);
  });

  it('previews through the built-in renderer: hostile HTML is dropped exactly as in content/', () => {
    const p = previewDeck('Q?::<img src=x onerror=alert(1)>A [x](javascript:alert(2))\n');
    expect(p.cards).toHaveLength(1);
    const back = 'A [x](javascript:alert(2))';
    expect(p.cards[0]!.backHtml).toBe(renderMarkdown('<img src=x onerror=alert(1)>' + back));
    expect(p.cards[0]!.backHtml).not.toMatch(/<img|onerror|javascript:/);
  });
});

describe("content/ may not use the topics of teachers' decks", () => {
  it('refuses a note named deck:…', () => {
    const c = buildContent({ notes: [{ path: 'content/notes/deck:x.md', text: 'Q::A ^a\n' }] });
    expect(c.diagnostics.some((d) => d.severity === 'error' && d.message.includes('reserved'))).toBe(true);
  });
});
