import 'server-only';
import { env } from '@/lib/env';
import { describeTarget } from './adapter';
import { dbAdapter } from './client';
import { formatSyncReport, syncContentIfChanged } from './content-sync';
import { applyMigrations, migrationStatus } from './migrations';
import { ensureStarterQuizzes } from './quiz-sources';
import { seedDemoAccounts } from './seed';

export type Log = (line: string) => void;

/**
 * Gets the database ready at start. Embedded (PGlite): applies pending migrations
 * and seeds the demo accounts. PostgreSQL: refuses to start while migrations are
 * pending, because several app instances may share that server and migrating is a
 * deliberate step (`npm run db:migrate`).
 */
export async function prepareDatabase(log: Log = console.log): Promise<void> {
  const e = env();
  const adapter = dbAdapter();
  const where = describeTarget(adapter.target);
  const status = await migrationStatus(adapter);
  if (status.failed.length) {
    throw new Error(`${where}: migration ${status.failed.join(', ')} failed earlier. Fix the database, then run npm run db:migrate.`);
  }
  if (status.pending.length) {
    if (!e.embedded) {
      throw new Error(
        `${where} has ${status.pending.length} pending migration(s): ${status.pending.join(', ')}.\n` +
          'Run `npm run db:migrate` with the same DATABASE_URL, then start again.',
      );
    }
    const applied = await applyMigrations(adapter);
    log(`[db] ${where}: applied ${applied.join(', ')}`);
  }
  // Idempotent and transactional, so every instance may run it; unchanged content costs one hash and one read.
  const sync = await syncContentIfChanged();
  if (sync.status === 'synced' && sync.report.changed) {
    log(`[db] content synced in ${sync.ms.toFixed(0)} ms:\n${formatSyncReport(sync.report)}`);
  }
  await ensureStarterQuizzes();
  if (e.demo) {
    const created = await seedDemoAccounts();
    if (created.length) log(`[db] demo accounts created: ${created.join(', ')}`);
  }
}
