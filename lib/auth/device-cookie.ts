/**
 * Device cookies, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies":
 * a browser that signed in to an account with the right password gets a cookie naming
 * that account (email, a random nonce, an HMAC over both keyed from AUTH_SECRET). A later
 * sign-in to the same email from that browser is "trusted": it skips the per-account and
 * per-client lockouts and is limited by its own failure count (keyed by the nonce) instead.
 * So strangers guessing a password cannot lock the owner out of a browser they use.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const deviceCookieName = 'recall-device';
export const deviceCookieMaxAgeDays = 180;

export interface DeviceCookie {
  email: string;
  nonce: string;
}

const version = 'v1';

function signature(secret: string, email: string, nonce: string): Buffer {
  // A key of its own, derived from AUTH_SECRET, so this MAC can never pass for another one.
  const key = createHmac('sha256', secret).update('recall-lab device cookie').digest();
  return createHmac('sha256', key).update(`${version}\n${email}\n${nonce}`).digest();
}

/** A fresh cookie value for `email` (lower-cased, as the sign-in schema stores it). */
export function issueDeviceCookie(secret: string, email: string, nonce = randomBytes(16).toString('base64url')): string {
  const sig = signature(secret, email, nonce).toString('base64url');
  return [version, Buffer.from(email).toString('base64url'), nonce, sig].join('.');
}

/** The account and nonce a cookie names, or null for a missing, malformed or forged one. */
export function readDeviceCookie(secret: string, value: string | undefined): DeviceCookie | null {
  if (!value || value.length > 1024) return null;
  const [v, emailPart, nonce, sig, ...rest] = value.split('.');
  if (v !== version || !emailPart || !nonce || !sig || rest.length) return null;
  const email = Buffer.from(emailPart, 'base64url').toString('utf8');
  const expected = signature(secret, email, nonce);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { email, nonce };
}

/** The device cookie's value from a Cookie request header. */
export function deviceCookieFrom(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === deviceCookieName) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
