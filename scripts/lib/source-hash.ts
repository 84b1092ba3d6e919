import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything that goes into `next build`; content/ is read at run time, not built in. */
const inputs = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const skip = new Set(['node_modules', '.next', 'generated', 'tfjs-wasm']);

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!skip.has(name) && !name.endsWith('.test.ts')) walk(path.join(p, name), out);
  } else out.push(p);
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const i of inputs) walk(path.join(root, i), files);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}
