import 'server-only';
import { cookies } from 'next/headers';
import NextAuth from 'next-auth';
import type { Provider } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { loadUser, upsertOAuthUser } from '@/lib/db/users';
import { authSecrets, env } from '@/lib/env';
import { authConfig } from './config';
import { authorizeCredentials, limitConfig } from './credentials';
import { deviceCookieMaxAgeDays, deviceCookieName } from './device-cookie';
import { peerAddress } from './peer';

/** The device cookie (device-cookie.ts): httpOnly, SameSite=Lax, Secure over https. */
async function setDeviceCookie(value: string, request: Request) {
  (await cookies()).set(deviceCookieName, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge: deviceCookieMaxAgeDays * 24 * 60 * 60,
  });
}

const e = env();

const providers: Provider[] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const result = await authorizeCredentials(raw, { headers: request.headers, peer: peerAddress() }, limitConfig(e));
      if (!result) return null;
      if (result.deviceCookie) await setDeviceCookie(result.deviceCookie, request);
      return result.user;
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
