import 'server-only';
import { getSessionVersion, getUserById, loadUser, type AppUser } from '@/lib/db/users';
import { authSecrets } from '@/lib/env';
import { decodeSessionToken, readSessionCookie, type SessionClaims } from './token';

type Cookies = readonly { name: string; value: string }[];

/** The claims of the session token in these cookies, if it is ours and unexpired (no database read). */
export async function sessionClaims(cookies: Cookies, secrets = authSecrets()): Promise<SessionClaims | null> {
  const cookie = readSessionCookie(cookies);
  return cookie ? decodeSessionToken(cookie, secrets) : null;
}

/**
 * The session these cookies carry, if it is valid now: signed with one of our secrets,
 * not expired, and issued at the user's current session version (so sign-out, a role
 * change or a password change ends it at once). One indexed read; the proxy's check.
 */
export async function sessionFromCookies(cookies: Cookies, secrets = authSecrets()): Promise<SessionClaims | null> {
  const claims = await sessionClaims(cookies, secrets);
  if (!claims) return null;
  return (await getSessionVersion(claims.userId)) === claims.sessionVersion ? claims : null;
}

/** The signed-in user these cookies name, under the same rules: one read of the user row. */
export async function userFromCookies(cookies: Cookies, secrets = authSecrets()): Promise<AppUser | null> {
  const claims = await sessionClaims(cookies, secrets);
  if (!claims) return null;
  let user = await loadUser(claims.userId);
  // This request may have changed the version itself (a role change reissues the token);
  // the once-per-request read is then stale, so read again.
  if (user && user.sessionVersion !== claims.sessionVersion) user = await getUserById(claims.userId);
  return user && user.sessionVersion === claims.sessionVersion ? user : null;
}
