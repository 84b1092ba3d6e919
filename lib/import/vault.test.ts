import { describe, expect, it } from 'vitest';
import { deckTextChars } from '@/lib/content/deck-source';
import { vaultEntries } from './vault';

describe('a picked vault folder', () => {
  it('sends the Markdown notes by their path inside the folder, without hidden folders', () => {
    const files = ['vault/cnn/pooling.md', 'vault/Readme.MD', 'vault/.obsidian/workspace.md', 'vault/img/a.png', 'vault/.trash/old.md'].map(
      (path) => ({ path, size: 1 }),
    );
    expect(vaultEntries(files).map((e) => e.path)).toEqual(['cnn/pooling.md', 'Readme.MD']);
  });

  it('keeps a lone file (no folder) under its own name', () => {
    expect(vaultEntries([{ path: 'note.md', size: 1 }]).map((e) => e.path)).toEqual(['note.md']);
  });
});

describe('deck size', () => {
  it('counts text, not inline images', () => {
    const image = `![](data:image/png;base64,${'A'.repeat(1000)}==)`;
    expect(deckTextChars(`Q::${image} A`)).toBe('Q::![]() A'.length);
  });
});
