import { NextResponse, type NextRequest } from 'next/server';
import { isPublicPath } from '@/lib/auth/config';
import { refuseRequest } from '@/lib/http/request-guard';

/**
 * Coarse protection only: visitors without a session cookie go to sign-in. Every page,
 * server action and route handler checks the session and the role itself, so a stale
 * or forged cookie gets no further than the layout's redirect or a 401.
 *
 * Deliberately not Auth.js's `auth()` wrapper: it re-issues the session cookie on every
 * request, and a request already in flight at sign-out (a link prefetch, say) would
 * then set the cookie again after sign-out cleared it.
 */
const hasSessionCookie = (req: NextRequest) =>
  req.cookies.getAll().some((c) => c.name.startsWith('authjs.session-token') || c.name.startsWith('__Secure-authjs.session-token'));

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // Malformed percent-encoding (400) and oversized action bodies (413), before Next answers 500.
  const refused = refuseRequest({ method: req.method, pathname, headers: req.headers });
  if (refused) return NextResponse.json({ error: refused.error }, { status: refused.status });
  if (isPublicPath(pathname) || hasSessionCookie(req)) return NextResponse.next();
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const url = new URL('/signin', req.nextUrl.origin);
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|tfjs-wasm/|.*\\.(?:png|svg|ico|wasm|woff2?)$).*)'],
};
