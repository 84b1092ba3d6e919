/** `npm run content:sync [-- --force] [--root <dir>]`: write content/ to the database (skipped when unchanged). */

import { parseArgs } from 'node:util';
import { describeTarget } from '@/lib/db/adapter';
import { closeDb, dbAdapter } from '@/lib/db/client';
import { ContentErrors, formatSyncReport, syncContentIfChanged } from '@/lib/db/content-sync';
import { migrationStatus } from '@/lib/db/migrations';

const { values } = parseArgs({
  options: { force: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
});

try {
  const where = describeTarget(dbAdapter().target);
  const status = await migrationStatus(dbAdapter());
  if (status.pending.length || status.failed.length) {
    console.error(`${where} is not migrated (${[...status.pending, ...status.failed].join(', ')}): run npm run db:migrate first.`);
    process.exitCode = 1;
  } else {
    const outcome = await syncContentIfChanged(values.root, { force: values.force });
    if (outcome.status === 'unchanged') {
      console.log(
        `${where}: content unchanged (hash ${outcome.hash}), nothing to do (${outcome.ms.toFixed(0)} ms). Use --force to sync anyway.`,
      );
    } else {
      for (const w of outcome.report.warnings) console.log(w);
      console.log(`${where}: synced content ${outcome.report.hash} in ${outcome.ms.toFixed(0)} ms`);
      console.log(formatSyncReport(outcome.report));
    }
  }
} catch (err) {
  console.error(err instanceof ContentErrors ? err.message : `content:sync failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
