import { errorMessage } from '@/lib/errors';
import 'server-only';
import { prepareDatabase } from './prepare';

/**
 * In embedded mode, applies pending migrations (so `next start` alone also works);
 * against PostgreSQL, refuses to serve while migrations are pending.
 */
export async function prepareAtServerStart(): Promise<void> {
  try {
    await prepareDatabase((line) => console.log(line));
  } catch (e) {
    console.error(`\nRecall Lab cannot start: ${errorMessage(e)}\n`);
    process.exit(1);
  }
}
