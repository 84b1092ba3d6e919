import { errorMessage } from '@/lib/errors';
import 'server-only';
import { dbAdapter } from './client';
import { interruptOrphanedImports } from './import-jobs';
import { prepareDatabase } from './prepare';

/**
 * In embedded mode, applies pending migrations (so `next start` alone also works);
 * against PostgreSQL, refuses to serve while migrations are pending. Embedded, this process
 * is the only one that can open the database, so an import still 'running' lost its process:
 * it is ended as interrupted (on PostgreSQL other instances may be running theirs; there a
 * job is interrupted only after STALE_AFTER_MS without progress, see lib/db/import-jobs.ts).
 */
export async function prepareAtServerStart(): Promise<void> {
  try {
    await prepareDatabase((line) => console.log(line));
    if (dbAdapter().target.kind === 'pglite') {
      const n = await interruptOrphanedImports();
      if (n) console.log(`Marked ${n} import(s) left running by a stopped server as interrupted.`);
    }
  } catch (e) {
    console.error(`\nRecall Lab cannot start: ${errorMessage(e)}\n`);
    process.exit(1);
  }
}
