import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import type { Provider } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { getUserCredentials, loadUser, upsertOAuthUser } from '@/lib/db/users';
import { pruneSignInAttempts, recordSignInAttempt, signInBlockedFor } from '@/lib/db/sign-in-attempts';
import { authSecrets, env } from '@/lib/env';
import { authConfig } from './config';
import { dummyHash, verifyPassword } from './password';
import { signInSchema } from './schemas';

/** Thrown from authorize() so the sign-in form can say why, without saying which field was wrong. */
export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly minutes: number) {
    super(`rate_limited:${minutes}`);
  }
}

export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers?.get('x-real-ip') || 'local';
}

const e = env();

const providers: Provider[] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = signInSchema.safeParse(raw);
      if (!parsed.success) return null;
      const { email, password } = parsed.data;
      const ip = clientIp(request?.headers);
      const limit = { maxFailures: e.SIGNIN_MAX_FAILURES, windowMinutes: e.SIGNIN_WINDOW_MINUTES };
      const blocked = await signInBlockedFor(email, ip, limit);
      if (blocked !== null) throw new RateLimited(blocked);
      const user = await getUserCredentials(email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      await recordSignInAttempt(email, ip, Boolean(user && ok));
      if (!user || !ok) return null;
      void pruneSignInAttempts(new Date(Date.now() - 24 * 60 * 60_000)).catch(() => {});
      return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
    },
  }),
];
if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) providers.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));

export const oauthProviders = providers
  .map((p) => (typeof p === 'function' ? p() : p))
  .filter((p) => p.id !== 'credentials')
  .map((p) => p.id);

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: authSecrets(e),
  providers,
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Every use of a session passes here (auth(), /api/auth/session). A token issued before
     * the user's latest sign-out, role or password change is refused, and the role is the
     * one the database holds now. The `session` argument of an update is client data and is
     * never read.
     */
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user) return token;
      const user = token.sub ? await loadUser(token.sub) : null;
      if (!user || user.sessionVersion !== token.sv) return null;
      token.role = user.role;
      return token;
    },
    async signIn({ user, account, profile }) {
      if (!account || account.type === 'credentials') return true;
      const email = (profile?.email ?? user.email)?.toLowerCase();
      if (!email) return false;
      const appUser = await upsertOAuthUser({
        email,
        name: user.name,
        image: user.image,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
      });
      Object.assign(user, { id: appUser.id, role: appUser.role, sessionVersion: appUser.sessionVersion });
      return true;
    },
  },
});
