// npm start: prepares the database, builds when the sources changed, and serves
// the app on http://localhost:3000 (PORT to change it, HOST to bind one address).
import { errorMessage } from '@/lib/errors';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { closeDb } from '@/lib/db/client';
import { prepareDatabase } from '@/lib/db/prepare';
import { env } from '@/lib/env';
import { sourceHash } from './lib/source-hash';

process.env.NEXT_TELEMETRY_DISABLED = '1';
let e;
try {
  e = env();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

// Auth.js signs sessions with AUTH_SECRET. In embedded/demo mode a random secret is
// made once and kept in the data directory; with PostgreSQL it must be configured.
if (!process.env.AUTH_SECRET) {
  if (!e.embedded) {
    console.error('AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it for every instance.');
    process.exit(1);
  }
  const file = path.resolve(path.dirname(path.resolve(e.PGLITE_DIR)), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
}

try {
  await prepareDatabase((line) => console.log(line));
} catch (err) {
  console.error(`\nRecall Lab cannot start: ${errorMessage(err)}\n`);
  process.exit(1);
} finally {
  await closeDb(); // only one process may open the PGlite directory: the server opens it next
}

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const stamp = path.join('.next', 'recall-source-hash');
const hash = sourceHash();
const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
if (!built) {
  console.log('[start] building the app (first start or sources changed)…');
  const r = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, hash);
}

const port = process.env.PORT ?? '3000';
// HOST binds one address (e.g. 127.0.0.1 for a local-only run); unset, Next listens on all.
const host = process.env.HOST ? ['-H', process.env.HOST] : [];
const server = spawn(process.execPath, [nextBin, 'start', '-p', port, ...host], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
