import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from './build';
import { loadContent, readContentFiles } from './load';

const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const root = mkdtempSync(path.join(tmpdir(), 'content-load-'));
const tsx = (script: string, args: string[]) =>
  spawnSync(process.execPath, [TSX, '--tsconfig', path.resolve('tsconfig.json'), path.resolve(script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

beforeAll(() => {
  mkdirSync(path.join(root, 'content', 'notes'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'notes', 'pooling.md'), '---\ntitle: 池化\n---\n# 池化\n\nQ::A ^pool-q\n\n问\n?\n答\n');
  writeFileSync(
    path.join(root, 'content', 'decks.yaml'),
    'decks:\n  - id: pooling\n    title: { zh: 池化, en: Pooling }\n    description: { zh: 池化, en: Pooling }\n    notes: [pooling]\n',
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadContent', () => {
  it('reads notes and decks from disk with project-relative paths', async () => {
    const content = await loadContent(root);
    expect(content.notes.map((n) => [n.topic, n.title, n.file, n.cards.length])).toEqual([
      ['pooling', '池化', 'content/notes/pooling.md', 2],
    ]);
    expect(content.decks[0]?.cardIds).toEqual(content.cards.map((c) => c.id));
    expect(content.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^card has no id/)]);
    expect(content.hash).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('readContentFiles with an extra directory (e2e fixtures)', () => {
  it('adds its notes and appends its decks to decks.yaml', async () => {
    mkdirSync(path.join(root, 'fixtures', 'x', 'notes'), { recursive: true });
    writeFileSync(path.join(root, 'fixtures', 'x', 'notes', 'hostile.md'), '# Hostile\n\nQ <b>x</b>::A ^hostile-q\n');
    writeFileSync(
      path.join(root, 'fixtures', 'x', 'decks.yaml'),
      'decks:\n  - id: hostile\n    title: { zh: 坏, en: Hostile }\n    description: { zh: 坏, en: Hostile }\n    notes: [hostile]\n',
    );
    const files = await readContentFiles(root, { extraDir: 'fixtures/x' });
    expect(files.notes.map((n) => n.path)).toEqual(['content/notes/pooling.md', 'fixtures/x/notes/hostile.md']);
    const content = buildContent(files);
    expect(content.decks.map((d) => [d.id, d.cardIds])).toEqual([
      ['pooling', content.cards.filter((c) => c.topic === 'pooling').map((c) => c.id)],
      ['hostile', ['hostile-q']],
    ]);
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Without it, content/ alone.
    expect((await readContentFiles(root)).notes.map((n) => n.path)).toEqual(['content/notes/pooling.md']);
  });
});

describe('CLIs', () => {
  it('content:check prints file:line:col diagnostics and a summary', () => {
    const r = tsx('scripts/content-check.ts', []);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^content\/notes\/pooling\.md:8:1 warning: card has no id \(derived: pooling-[0-9a-f]{6}\) fix: run/m);
    expect(r.stdout).toContain('notes: 1, decks: 1, cards: 2 (basic 2, reversed 0, cloze 0, mc 0, typed 0, predict 0)');
    expect(r.stdout).toContain('errors: 0, warnings: 1');
  });

  it('content:check exits 1 on errors', () => {
    writeFileSync(path.join(root, 'content', 'notes', 'zz.md'), 'X::Y ^pool-q\n');
    const r = tsx('scripts/content-check.ts', []);
    rmSync(path.join(root, 'content', 'notes', 'zz.md'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('content/notes/zz.md:1:1 error: card id "pool-q" is also used in content/notes/pooling.md:6');
  });

  it('content:parse prints JSON, a table, or a clear error', () => {
    const json = JSON.parse(
      execFileSync(
        process.execPath,
        [TSX, '--tsconfig', path.resolve('tsconfig.json'), path.resolve('scripts/content-parse.ts'), 'content/notes/pooling.md', '--json'],
        { cwd: root, encoding: 'utf8' },
      ),
    ) as Array<{ id: string; line: number; file: string }>;
    expect(json.map((c) => [c.id, c.line, c.file])).toContainEqual(['pool-q', 6, 'content/notes/pooling.md']);
    expect(tsx('scripts/content-parse.ts', ['content/notes/pooling.md']).stdout).toContain('池化 (pooling): 2 cards');
    const bad = tsx('scripts/content-parse.ts', ['content/notes/missing.md']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('error: cannot read content/notes/missing.md: ENOENT');
  });
});
