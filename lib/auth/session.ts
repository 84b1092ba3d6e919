import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { getUserById, type AppUser } from '@/lib/db/users';
import { auth } from './index';

/** Tests only: the session a test runs under (integration tests have no request). */
const testSession = new AsyncLocalStorage<{ userId: string | null }>();

/**
 * Runs `fn` as if `userId` (or no one) were signed in. Refused in production builds, so
 * it can never stand in for a real session there.
 */
export function runAsUser<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV === 'production') throw new Error('runAsUser is for tests only');
  return testSession.run({ userId }, fn);
}

/**
 * The signed-in user, read from the database once per request. The JWT only says
 * who is asking; the role and settings come from the database, so a role change
 * takes effect at once and a forged or stale token cannot grant a role.
 */
export const currentUser = cache(async (): Promise<AppUser | null> => {
  const forced = testSession.getStore();
  if (forced) return forced.userId ? getUserById(forced.userId) : null;
  const session = await auth();
  const id = session?.user?.id;
  return id ? getUserById(id) : null;
});
