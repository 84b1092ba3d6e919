/**
 * sql.js (SQLite compiled to WebAssembly), loaded once. Databases are only ever opened
 * from bytes in memory (`new SQL.Database(bytes)`), never from a path.
 */

import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    // Resolved at run time next to the package's main file (sql.js is a server external
    // package in next.config.mjs): a static path to the .wasm would make the bundler load it.
    const wasm = path.join(path.dirname(require.resolve('sql.js')), 'sql-wasm.wasm');
    return initSqlJs({ locateFile: () => wasm });
  })();
  return loading;
}
