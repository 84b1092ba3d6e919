import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadUser, type AppUser } from '@/lib/db/users';
import { authSecrets } from '@/lib/env';
import { userFromCookies } from './request-session';
import { encodeSessionToken, readSessionCookie, sessionCookieParts, sessionMaxAge } from './token';

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
 * The signed-in user, read from the database once per request. The token only says who
 * is asking and at which session version; a token older than the user's current version
 * is refused, and the role and settings come from the database, so a role change takes
 * effect at once and a forged or stale token cannot grant anything.
 *
 * Read from `cookies()` rather than Auth.js's `auth()`: it sees a token this request has
 * just written (reissueSession), and never writes cookies itself.
 */
export const currentUser = cache(async (): Promise<AppUser | null> => {
  const forced = testSession.getStore();
  if (forced) return forced.userId ? loadUser(forced.userId) : null;
  return userFromCookies((await cookies()).getAll());
});

/**
 * Every page calls this first, before it loads anything: no user, no render. A layout's
 * redirect protects nothing, because Next renders the page beside it.
 */
export async function requirePageUser(): Promise<AppUser> {
  const user = await currentUser();
  if (!user) redirect('/signin');
  return user;
}

/**
 * After a change that ends every session (a role change, say), keeps this browser signed
 * in: writes a token at the new version over the old one. Other devices stay signed out.
 */
export async function reissueSession(user: AppUser): Promise<void> {
  if (testSession.getStore()) return; // under runAsUser there is no browser, and no cookie jar
  const jar = await cookies();
  const current = readSessionCookie(jar.getAll());
  const [secret] = authSecrets();
  if (!current || !secret) return;
  const token = await encodeSessionToken(
    current.name,
    { userId: user.id, sessionVersion: user.sessionVersion, role: user.role, email: user.email, name: user.name },
    secret,
  );
  for (const part of sessionCookieParts(jar.getAll())) if (part !== current.name) jar.delete(part);
  jar.set(current.name, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: current.name.startsWith('__Secure-'),
    maxAge: sessionMaxAge,
  });
}
