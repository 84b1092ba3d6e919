// npm run import:obsidian -- <vault folder|vault.zip> --user <email>: see scripts/import-cli.ts.
import { closeDb } from '@/lib/db/client';
import { errorMessage } from '@/lib/errors';
import { importCli } from './import-cli';

try {
  process.exitCode = await importCli('obsidian', process.argv.slice(2), console.log, console.error);
} catch (e) {
  console.error(
    `import:obsidian failed: ${errorMessage(e)}\nCheck that the database is reachable and migrated (npm run db:status); with the embedded database, stop the app first.`,
  );
  process.exitCode = 1;
} finally {
  await closeDb();
}
