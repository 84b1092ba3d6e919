/**
 * sql.js (SQLite compiled to WebAssembly), loaded once. Databases are only ever opened
 * from bytes in memory (`new SQL.Database(bytes)`), never from a path.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    // Resolved from the app's own package.json at run time: inside the Next server bundle
    // `import.meta.url` is the bundle's, and a static path to the .wasm would make the
    // bundler try to load it (sql.js is a server external package in next.config.mjs).
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const wasmBinary = await readFile(require.resolve('sql.js/dist/sql-wasm.wasm'));
    return initSqlJs({ wasmBinary: new Uint8Array(wasmBinary).buffer });
  })().catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}
