#!/usr/bin/env node
// Copies the tfjs wasm backend binaries to public/tfjs-wasm/ so the browser can
// fetch them (the worker calls setWasmPaths('/tfjs-wasm/')). Run from postinstall/build.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const to = join(root, 'public', 'tfjs-wasm');

if (!existsSync(from)) {
  console.error(`copy-tfjs-wasm: ${from} not found; is @tensorflow/tfjs-backend-wasm installed?`);
  process.exit(1);
}
const files = readdirSync(from).filter((f) => f.endsWith('.wasm'));
if (files.length === 0) {
  console.error(`copy-tfjs-wasm: no .wasm files in ${from}`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const f of files) copyFileSync(join(from, f), join(to, f));
console.log(`copy-tfjs-wasm: ${files.length} file(s) -> public/tfjs-wasm/ (${files.join(', ')})`);
