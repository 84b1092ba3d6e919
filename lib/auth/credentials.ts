import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { getUserCredentials } from '@/lib/db/users';
import {
  loadRecentFailures,
  pruneSignInAttempts,
  recordSignInAttempt,
  recordSignUpAttempt,
  signUpBlockedFor,
} from '@/lib/db/sign-in-attempts';
import { env, type Env } from '@/lib/env';
import { clientAddress } from './client-address';
import { deviceCookieFrom, issueDeviceCookie, readDeviceCookie } from './device-cookie';
import { dummyHash, verifyPassword } from './password';
import { signInSchema } from './schemas';
import { signInBlockedMinutes, type SignInLimits } from './sign-in-policy';

/** Thrown from authorize() so the sign-in form can say why, without saying which field was wrong. */
export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly minutes: number) {
    super(`rate_limited:${minutes}`);
  }
}

/** What the limits know of a request: its headers and the TCP peer (lib/auth/peer.ts). */
export interface ClientRequest {
  headers: Headers;
  peer: string | undefined;
}

export interface LimitConfig {
  /** AUTH_SECRET; without it no device cookie is issued or honoured. */
  secret: string | undefined;
  trustProxy: number;
  signIn: SignInLimits;
  signUp: { maxPerClient: number; windowMinutes: number };
}

export function limitConfig(e: Env = env()): LimitConfig {
  return {
    secret: e.AUTH_SECRET,
    trustProxy: e.TRUST_PROXY,
    signIn: {
      maxFailures: e.SIGNIN_MAX_FAILURES,
      clientMaxFailures: e.SIGNIN_CLIENT_MAX_FAILURES,
      accountMaxFailures: e.SIGNIN_ACCOUNT_MAX_FAILURES,
      windowMinutes: e.SIGNIN_WINDOW_MINUTES,
    },
    signUp: { maxPerClient: e.SIGNUP_MAX_PER_CLIENT, windowMinutes: e.SIGNUP_WINDOW_MINUTES },
  };
}

export function requestClientAddress(req: ClientRequest, config: Pick<LimitConfig, 'trustProxy'>): string {
  return clientAddress({ trustProxy: config.trustProxy, peer: req.peer, forwardedFor: req.headers.get('x-forwarded-for') });
}

/** Who is asking, as the limits see it: the client address, and the device cookie's nonce when it names this email. */
function signInParty(email: string, req: ClientRequest, config: LimitConfig) {
  const device = config.secret ? readDeviceCookie(config.secret, deviceCookieFrom(req.headers.get('cookie'))) : null;
  return { email, ip: requestClientAddress(req, config), deviceId: device?.email === email ? device.nonce : null };
}

/** Minutes until this email may be tried again from this request, or null. */
export async function signInBlockedFor(email: string, req: ClientRequest, config: LimitConfig, now = new Date()): Promise<number | null> {
  const failures = await loadRecentFailures(signInParty(email, req, config), config.signIn, now);
  return signInBlockedMinutes(failures, config.signIn, now);
}

/**
 * The Credentials provider's check: the limits, then the password. Returns the user and
 * a new device cookie for the browser on success, null on a wrong email or password;
 * throws RateLimited while a limit holds (and then does not look at the password).
 */
export async function authorizeCredentials(raw: unknown, req: ClientRequest, config: LimitConfig) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const party = signInParty(email, req, config);
  const now = new Date();
  const blocked = signInBlockedMinutes(await loadRecentFailures(party, config.signIn, now), config.signIn, now);
  if (blocked !== null) throw new RateLimited(blocked);
  const user = await getUserCredentials(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  await recordSignInAttempt(party, Boolean(user && ok));
  if (!user || !ok) return null;
  const keepMinutes = Math.max(24 * 60, config.signIn.windowMinutes, config.signUp.windowMinutes);
  void pruneSignInAttempts(new Date(now.getTime() - keepMinutes * 60_000)).catch(() => {});
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    // A new nonce at each success, as OWASP's protocol does: the old cookie's count ends with it.
    deviceCookie: config.secret ? issueDeviceCookie(config.secret, email) : null,
  };
}

/** Minutes until this client may sign up again, or null; an admitted attempt is counted. */
export async function admitSignUp(req: ClientRequest, config: LimitConfig, now = new Date()): Promise<number | null> {
  const ip = requestClientAddress(req, config);
  const blocked = await signUpBlockedFor(ip, config.signUp, now);
  if (blocked === null) await recordSignUpAttempt(ip);
  return blocked;
}
