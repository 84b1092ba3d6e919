import type { NextAuthConfig } from 'next-auth';
import { sessionMaxAge } from './token';

/**
 * The edge-safe half of Auth.js: no providers that import Node-only modules, no
 * database. proxy.ts uses only `isPublicPath`; every page, server action and route
 * handler checks the session and the role itself.
 */
export const publicPaths = ['/signin', '/signup', '/api/auth', '/api/health', '/manifest.webmanifest'];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: sessionMaxAge },
  pages: { signIn: '/signin' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        // Sign-in: the token remembers the session version it was issued at.
        const u = user as { role?: string; sessionVersion?: number };
        token.sub = user.id;
        token.role = u.role ?? 'learner';
        token.sv = u.sessionVersion ?? 0;
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
