import 'server-only';
import { getSessionVersion } from '@/lib/db/users';
import { authSecrets } from '@/lib/env';
import { decodeSessionToken, readSessionCookie, type SessionClaims } from './token';

/**
 * The session a request's cookies carry, if it is valid now: signed with one of our
 * secrets, not expired, and issued at the user's current session version (so sign-out,
 * a role change or a password change ends it at once). One indexed read.
 */
export async function sessionFromCookies(
  cookies: readonly { name: string; value: string }[],
  secrets = authSecrets(),
): Promise<SessionClaims | null> {
  const cookie = readSessionCookie(cookies);
  if (!cookie) return null;
  const claims = await decodeSessionToken(cookie, secrets);
  if (!claims) return null;
  return (await getSessionVersion(claims.userId)) === claims.sessionVersion ? claims : null;
}
