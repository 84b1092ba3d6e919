import type { NextAuthConfig } from 'next-auth';

/**
 * The edge-safe half of Auth.js: no providers that import Node-only modules, no
 * database. proxy.ts uses only `isPublicPath`; every page, server action and route
 * handler checks the session and the role itself.
 */
export const publicPaths = ['/signin', '/signup', '/api/auth', '/api/health'];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = (user as { role?: string }).role ?? 'learner';
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role === 'teacher' ? 'teacher' : 'learner';
      return session;
    },
  },
  logger: {
    // Wrong passwords are expected; Auth.js would print a stack trace for each.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === 'CredentialsSignin') return;
      console.error(`[auth] ${name}: ${error.message}`);
    },
    warn() {},
  },
} satisfies NextAuthConfig;
