import { decode, encode } from 'next-auth/jwt';

/**
 * The session token: an Auth.js JWT (encrypted, salted with the cookie's name) that says
 * who is asking (`sub`) and at which session version it was issued (`sv`). Edge-safe: no
 * database here; the caller compares `sv` with the user's current version.
 */
export const sessionCookieNames = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
export type SessionCookieName = (typeof sessionCookieNames)[number];

export const sessionMaxAge = 30 * 24 * 60 * 60;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

type Cookie = { name: string; value: string };

/** The token a request carries, joined from Auth.js's chunks (`name.0`, `name.1`, …) when it was split. */
export function readSessionCookie(cookies: readonly Cookie[]): { name: SessionCookieName; value: string } | null {
  for (const name of sessionCookieNames) {
    const whole = cookies.find((c) => c.name === name);
    if (whole) return { name, value: whole.value };
    const chunks = cookies
      .filter((c) => c.name.startsWith(`${name}.`))
      .map((c) => ({ i: Number(c.name.slice(name.length + 1)), value: c.value }))
      .filter((c) => Number.isInteger(c.i) && c.i >= 0)
      .sort((a, b) => a.i - b.i);
    if (chunks.length) return { name, value: chunks.map((c) => c.value).join('') };
  }
  return null;
}

/** All cookies that hold (part of) a session token, to clear a bad one. */
export const sessionCookieParts = (cookies: readonly Cookie[]) =>
  cookies.filter((c) => sessionCookieNames.some((n) => c.name === n || c.name.startsWith(`${n}.`))).map((c) => c.name);

/**
 * Verifies and reads a session token. Null for anything forged, tampered with, expired
 * or issued before session versions existed. `secrets` lists the current secret first,
 * then old ones still accepted during a rotation.
 */
export async function decodeSessionToken(cookie: { name: string; value: string }, secrets: string[]): Promise<SessionClaims | null> {
  if (!secrets.length || cookie.value.length > 8192) return null;
  try {
    const payload = await decode({ token: cookie.value, secret: secrets, salt: cookie.name });
    if (!payload || typeof payload.sub !== 'string' || typeof payload.sv !== 'number') return null;
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
    return { userId: payload.sub, sessionVersion: payload.sv };
  } catch {
    return null;
  }
}

/** A fresh token for `claims`, as Auth.js itself would write it (used to keep the session after a role change). */
export function encodeSessionToken(
  name: SessionCookieName,
  claims: SessionClaims & { role: string; email?: string | null; name?: string | null },
  secret: string,
): Promise<string> {
  return encode({
    token: { sub: claims.userId, sv: claims.sessionVersion, role: claims.role, email: claims.email, name: claims.name },
    secret,
    salt: name,
    maxAge: sessionMaxAge,
  });
}
