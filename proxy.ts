import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig, isPublicPath } from '@/lib/auth/config';

/**
 * Coarse protection only: anonymous visitors to app pages go to sign-in. Every
 * server action and route handler checks the session and the role itself.
 */
const { auth } = NextAuth(authConfig);

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (req.auth?.user || isPublicPath(pathname)) return NextResponse.next();
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const url = new URL('/signin', req.nextUrl.origin);
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|tfjs-wasm/|.*\\.(?:png|svg|ico|wasm|woff2?)$).*)'],
};
