/**
 * sql.js (SQLite compiled to WebAssembly), loaded once. Databases are only ever opened
 * from bytes in memory (`new SQL.Database(bytes)`), never from a path.
 */

import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
    return initSqlJs({ locateFile: () => wasm });
  })();
  return loading;
}
