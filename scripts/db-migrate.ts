// npm run db:migrate: applies pending migrations to the configured database. Idempotent.
import { errorMessage } from '@/lib/errors';
import { describeTarget, openAdapter } from '@/lib/db/adapter';
import { applyMigrations } from '@/lib/db/migrations';
import { configuredTarget } from '@/lib/db/target';

const target = configuredTarget();
let db: ReturnType<typeof openAdapter>;
try {
  db = openAdapter(target);
} catch (e) {
  // e.g. a PGlite directory another process holds: say so in one line, not a stack trace
  console.error(`db:migrate cannot open ${describeTarget(target)}: ${errorMessage(e)}`);
  process.exit(1);
}
try {
  const applied = await applyMigrations(db);
  console.log(
    applied.length
      ? `${describeTarget(target)}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}`
      : `${describeTarget(target)}: already up to date.`,
  );
} catch (e) {
  console.error(`db:migrate failed on ${describeTarget(target)}: ${errorMessage(e)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
