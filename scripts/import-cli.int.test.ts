import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/lib/db/testing';
import { createUser } from '@/lib/db/users';
import { loadSqlJs } from '@/lib/import/sqljs';
import { apkg11 } from '@/tests/fixtures/anki/build';
import { importCli } from './import-cli';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

describe('import CLIs', () => {
  it('import:anki and import:obsidian print the report; bad arguments print the usage', async () => {
    await createUser({ email: 'cli@example.com', passwordHash: 'x' });
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    writeFileSync(join(dir, 'deck.apkg'), apkg11(await loadSqlJs()));
    mkdirSync(join(dir, 'vault/.obsidian'), { recursive: true });
    writeFileSync(join(dir, 'vault/cnn.md'), '#flashcards\n\nStride?::step ^s\n<!--SR:!2030-01-02,4,250-->\n');
    writeFileSync(join(dir, 'vault/.obsidian/x.md'), '#flashcards\n\nA::B\n');
    const out: string[] = [];
    const err: string[] = [];
    expect(
      await importCli(
        'anki',
        [join(dir, 'deck.apkg'), '--user', 'cli@example.com'],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(0);
    expect(out[0]).toBe('Imported 6 notes, 8 cards (5 with a schedule), 7 reviews, 1 images.');
    expect(out.join('\n')).toMatch(/1 × audio: audio is not supported \(pool.mp3\)/);
    out.length = 0;
    expect(
      await importCli(
        'obsidian',
        ['--', join(dir, 'vault'), '--user', 'cli@example.com'],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(0);
    expect(out[0]).toBe('Imported 1 notes, 1 cards (1 with a schedule), 0 reviews, 0 images.');
    expect(
      await importCli(
        'anki',
        [join(dir, 'deck.apkg')],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(2);
    expect(err.pop()).toMatch(/^usage: npm run import:anki/);
    expect(
      await importCli(
        'anki',
        [join(dir, 'vault/cnn.md'), '--user', 'cli@example.com'],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(1);
    expect(err.pop()).toMatch(/not a zip archive/);
  });
});
