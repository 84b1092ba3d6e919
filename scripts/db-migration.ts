// npm run db:migration -- <name>: writes a new migration from changes to schema.prisma.
import { errorMessage } from '@/lib/errors';
import { createMigration } from '@/lib/db/migrations';

const name = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!name) {
  console.error('usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_cards)');
  process.exit(2);
}
try {
  const made = await createMigration(name);
  if (!made) console.log('schema.prisma matches the migration history; no migration written.');
  else console.log(`wrote ${made.dir}/migration.sql\n\n${made.sql}`);
} catch (e) {
  console.error(`db:migration failed: ${errorMessage(e)}`);
  process.exit(1);
}
