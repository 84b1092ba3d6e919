/** `npm run content:parse -- <file.md> [--obsidian] [--json]`: show the cards of one note. */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '@/lib/content/check';
import { parseNote } from '@/lib/content/parse';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { obsidian: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});

const target = positionals[0];
if (!target) {
  console.error('usage: npm run content:parse -- <file.md> [--obsidian] [--json]');
  process.exit(1);
}
let source: string;
try {
  source = await readFile(target, 'utf8');
} catch (err) {
  console.error(`error: cannot read ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  process.exit(1);
}

const file = path.relative(process.cwd(), path.resolve(target)).split(path.sep).join('/');
const note = parseNote(source, { file, obsidian: values.obsidian });
for (const d of note.diagnostics) console.error(formatDiagnostic(d));

if (values.json) {
  console.log(JSON.stringify(note.cards, null, 2));
} else {
  const cut = (s: string, n: number) => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
  };
  console.log(`${note.title} (${note.topic}): ${note.cards.length} cards${note.obsidian ? ', Obsidian mode' : ''}`);
  for (const c of note.cards) {
    console.log(
      `${String(c.line).padStart(4)}  ${c.type.padEnd(8)} ${cut(c.id, 40).padEnd(40)} ${cut(c.front, 50)}  →  ${cut(c.back, 40)}`,
    );
  }
}
