// npm run db:status: which migrations are applied and which are pending.
import { errorMessage } from '@/lib/errors';
import { describeTarget, openAdapter } from '@/lib/db/adapter';
import { migrationStatus } from '@/lib/db/migrations';
import { configuredTarget } from '@/lib/db/target';

const target = configuredTarget();
let db: ReturnType<typeof openAdapter>;
try {
  db = openAdapter(target);
} catch (e) {
  // e.g. a PGlite directory another process holds: say so in one line, not a stack trace
  console.error(`db:status cannot open ${describeTarget(target)}: ${errorMessage(e)}`);
  process.exit(1);
}
try {
  const s = await migrationStatus(db);
  console.log(describeTarget(target));
  for (const n of s.applied) console.log(`  applied  ${n}`);
  for (const n of s.pending) console.log(`  pending  ${n}`);
  for (const n of s.failed) console.log(`  FAILED   ${n}  (fix the database, then mark it rolled back)`);
  for (const n of s.unknown) console.log(`  unknown  ${n}  (recorded in the database, missing from prisma/migrations)`);
  console.log(s.pending.length ? `${s.pending.length} pending: run npm run db:migrate` : 'Database schema is up to date.');
  if (s.pending.length || s.failed.length) process.exitCode = 1;
} catch (e) {
  console.error(`db:status failed on ${describeTarget(target)}: ${errorMessage(e)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
