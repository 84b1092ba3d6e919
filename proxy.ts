import { NextResponse, type NextRequest } from 'next/server';
import { isPublicPath } from '@/lib/auth/config';
import { sessionFromCookies } from '@/lib/auth/request-session';
import { env } from '@/lib/env';
import { appHosts, crossSiteWrite, requestOrigin } from '@/lib/http/origin';
import { refuseRequest } from '@/lib/http/request-guard';
import { withSecurityHeaders } from '@/lib/http/with-security-headers';

/**
 * The first door, for every request:
 * - a path that does not decode gets 400, a body over the limit 413 (lib/http/request-guard.ts);
 * - a state-changing request from another origin gets 403 (CSRF; server actions included,
 *   which Next itself would answer with a 500);
 * - a page or API request without a valid session gets an empty redirect to sign-in (or a
 *   401): a forged, expired or signed-out token never reaches rendering, so no page's
 *   content can leak with the redirect.
 * Pages, actions and route handlers still check the session and the role themselves.
 *
 * Not Auth.js's `auth()` wrapper: it re-issues the session cookie on every request.
 */
async function guard(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // Malformed percent-encoding (400) and oversized bodies (413), before Next answers 500.
  const refused = refuseRequest({ method: req.method, pathname, headers: req.headers });
  if (refused) return NextResponse.json({ error: refused.error }, { status: refused.status });
  const origin = requestOrigin(req.headers, appHosts(req.headers, env().TRUST_PROXY > 0));
  if (crossSiteWrite(req.method, origin)) return NextResponse.json({ error: 'cross_origin' }, { status: 403 });
  // Public pages, and server actions (each returns a typed `unauthenticated` itself).
  if (isPublicPath(pathname) || req.headers.has('next-action')) return NextResponse.next();
  if (await sessionFromCookies(req.cookies.getAll())) return NextResponse.next();
  // The cookie is left alone: a request still in flight with the old token (a prefetch
  // during a role change, say) must not delete the new token that the change just set.
  return pathname.startsWith('/api/')
    ? NextResponse.json({ error: 'unauthenticated' }, { status: 401 })
    : // Next writes only the target URL into a redirect's body: nothing of the page.
      NextResponse.redirect(signInUrl(req.nextUrl.origin, pathname, search));
}

function signInUrl(origin: string, pathname: string, search: string): URL {
  const url = new URL('/signin', origin);
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search);
  return url;
}

/** Security headers and a per-request CSP nonce around the guard (lib/http/with-security-headers.ts). */
export default withSecurityHeaders(guard);

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|tfjs-wasm/|.*\\.(?:png|svg|ico|wasm|woff2?)$).*)'],
};
