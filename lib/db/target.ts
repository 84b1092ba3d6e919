import path from 'node:path';
import { env } from '@/lib/env';
import type { DbTarget } from './adapter';

/** The database the app uses: DATABASE_URL when set, otherwise PGlite in PGLITE_DIR. */
export function configuredTarget(): DbTarget {
  const e = env();
  return e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dir: path.resolve(/* turbopackIgnore: true */ process.cwd(), e.PGLITE_DIR) };
}
