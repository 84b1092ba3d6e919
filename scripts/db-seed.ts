// npm run db:seed: creates the demo accounts (embedded/demo mode only).
import { closeDb } from '@/lib/db/client';
import { seedDemoAccounts } from '@/lib/db/seed';
import { env } from '@/lib/env';

if (!env().demo) {
  console.error('Demo accounts are only created in embedded/demo mode (DATABASE_URL unset, or DEMO_MODE=true).');
  process.exit(1);
}
try {
  const created = await seedDemoAccounts();
  console.log(created.length ? `created ${created.join(', ')}` : 'demo accounts already exist');
} finally {
  await closeDb();
}
