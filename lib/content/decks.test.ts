import { describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { formatDiagnostic } from './check';
import { parseDecks } from './decks';

const NOTES = [
  { path: 'content/notes/pooling.md', text: '---\ntags: [cnn]\n---\nA::1 ^pool-a\n\nB::2 ^pool-b' },
  { path: 'content/notes/dropout.md', text: 'C::3 ^drop-c' },
];

const DECKS = `decks:
  - id: all
    title: { zh: 全部, en: All }
    description: { zh: 全部笔记, en: Every note }
    notes: all
  - id: pooling
    title: { zh: 池化, en: Pooling }
    description: { zh: 池化, en: Pooling }
    notes: [pooling]
    newPerDay: 10
  - id: dropout
    title: { zh: Dropout, en: Dropout }
    description: { zh: Dropout, en: Dropout }
    notes: [dropout]
  - id: cnn
    title: { zh: CNN, en: CNN }
    description: { zh: 按标签, en: By tag }
    tags: [cnn]
`;

const build = (decks: string, notes = NOTES) => buildContent({ notes, decks: { path: 'content/decks.yaml', text: decks } });

describe('decks.yaml', () => {
  it('resolves decks by notes, all and tags', () => {
    const content = build(DECKS);
    expect(content.diagnostics).toEqual([]);
    expect(content.decks.map((d) => [d.id, d.cardIds])).toEqual([
      ['all', ['drop-c', 'pool-a', 'pool-b']],
      ['pooling', ['pool-a', 'pool-b']],
      ['dropout', ['drop-c']],
      ['cnn', ['pool-a', 'pool-b']],
    ]);
    expect(content.decks[1]).toMatchObject({ newPerDay: 10, title: { zh: '池化', en: 'Pooling' }, line: 6 });
  });

  it('reports unknown topics, duplicate ids and bad fields with positions', () => {
    const bad = DECKS.replace('notes: [dropout]', 'notes: [dropuot]').replace('id: cnn', 'id: pooling');
    const messages = build(bad).diagnostics.map(formatDiagnostic);
    expect(messages).toContain(
      'content/decks.yaml:14:13 error: deck "dropout" refers to unknown note "dropuot" fix: use a file name from content/notes/ without .md: dropout, pooling',
    );
    expect(messages).toContain('content/decks.yaml:15:9 error: duplicate deck id "pooling" fix: give every deck a different id');
    expect(messages).toContain(
      'content/decks.yaml:2:3 warning: note "dropout" has no deck of its own fix: add a deck with `notes: [dropout]`',
    );
    const range = build(DECKS.replace('newPerDay: 10', 'newPerDay: -1')).diagnostics.map(formatDiagnostic);
    expect(range[0]).toMatch(/^content\/decks.yaml:10:16 error: deck 2: newPerDay: .* fix: use a whole number ≥ 0$/);
  });

  it('requires bilingual titles and a top-level decks list', () => {
    const r = parseDecks(
      'decks:\n  - id: x\n    title: { zh: 标题 }\n    description: { zh: a, en: b }\n    notes: all\n',
      'content/decks.yaml',
      [],
      [],
    );
    expect(r.diagnostics[0]).toMatchObject({ line: 3, message: expect.stringContaining('title.en') });
    expect(parseDecks('- id: x', 'd.yaml', [], []).diagnostics[0]?.message).toBe('decks.yaml must have a top-level `decks:` list');
  });

  it('reports card ids used in two notes, and a missing decks.yaml', () => {
    const dup = buildContent({ notes: [...NOTES, { path: 'content/notes/vae.md', text: '\n\nZ::9 ^pool-a' }] });
    const text = dup.diagnostics.map(formatDiagnostic);
    expect(text).toContain(
      'content/notes/vae.md:3:1 error: card id "pool-a" is also used in content/notes/pooling.md:4 fix: ids are global: rename one anchor (or delete it and run `npm run content:ids`)',
    );
    expect(text.some((t) => t.includes('decks.yaml is missing'))).toBe(true);
  });

  it('hashes content so that any change is seen', () => {
    const a = build(DECKS).hash;
    expect(build(DECKS).hash).toBe(a);
    expect(build(DECKS, [...NOTES].reverse()).hash).toBe(a);
    expect(build(`${DECKS}\n`).hash).not.toBe(a);
    expect(build(DECKS, [NOTES[0]!, { path: 'content/notes/dropout.md', text: 'C::3 ^drop-c ' }]).hash).not.toBe(a);
  });
});
