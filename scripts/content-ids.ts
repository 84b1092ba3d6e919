/**
 * `npm run content:ids [-- --check] [--root <dir>] [--obsidian] [files…]`:
 * write the derived id of every card that has none. Idempotent; only inserts.
 */

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listNoteFiles } from '@/lib/content/load';
import { addMissingIds } from '@/lib/content/write-ids';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: 'boolean', default: false },
    obsidian: { type: 'boolean', default: false },
    root: { type: 'string', default: process.cwd() },
  },
});

const root = path.resolve(values.root);
const files = positionals.length
  ? positionals.map((p) => path.relative(root, path.resolve(p)).split(path.sep).join('/'))
  : await listNoteFiles(root);

let total = 0;
let changed = 0;
for (const file of files) {
  const abs = path.join(root, file);
  const source = await readFile(abs, 'utf8').catch(() => undefined);
  if (source === undefined) {
    console.error(`error: cannot read ${file}`);
    process.exitCode = 1;
    continue;
  }
  const { text, added } = addMissingIds(source, { file, obsidian: values.obsidian });
  if (added.length === 0) continue;
  total += added.length;
  changed++;
  for (const e of added) console.log(`${file}: ^${e.id}`);
  if (!values.check) await writeFile(abs, text, 'utf8');
}
console.log(`${values.check ? 'missing' : 'wrote'} ${total} id(s) in ${changed} file(s)`);
if (values.check && total > 0) process.exitCode = 1;
