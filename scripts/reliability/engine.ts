// Database steps of the suite, in this process (lib/db): migrate and sync, and the check
// that a second process cannot open a PGlite directory the app holds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dbAdapter } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { lockPath } from '@/lib/db/pglite-lock';
import { prepareDatabase } from '@/lib/db/prepare';

/** Migrations (as `npm run db:migrate`), then the start-up preparation (content sync). */
export async function prepareEngine(): Promise<void> {
  await applyMigrations(dbAdapter());
  await prepareDatabase(() => {});
}

/** The lock file's pid, if there is one. */
export const lockHolder = (dir: string): number | null => (existsSync(lockPath(dir)) ? Number(readFileSync(lockPath(dir), 'utf8')) : null);

/** While the app runs: `npm run db:status` on the same directory must be refused, saying why. */
export function secondProcessRefused(dir: string): string[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/db-status.ts'], {
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status === 0) return [`a second process opened the PGlite directory the app holds:\n${out}`];
  const line = out.split('\n').find((l) => /is in use by process \d+/.test(l));
  if (!line) return [`a second process failed without the in-use message:\n${out.slice(0, 600)}`];
  console.log(`  second process refused: ${line.trim()}`);
  return [];
}
