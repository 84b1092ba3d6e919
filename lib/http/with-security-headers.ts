import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce, securityHeaders } from './security-headers';

type Handler = (req: NextRequest) => Response | Promise<Response>;

/**
 * Wraps the proxy: a fresh CSP nonce per request, as Next's CSP guide describes. The
 * policy goes on the request too (Next reads the nonce from it and puts it on its own
 * scripts; the root layout reads `x-nonce` for its inline script) and on the response.
 * A request the handler lets through (`NextResponse.next()`) is passed on with those
 * request headers; redirects and errors get the response headers only.
 */
export function withSecurityHeaders(handler: Handler): (req: NextRequest) => Promise<Response> {
  return async (req) => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
    let res = await handler(req);
    if (res.headers.get('x-middleware-next') === '1') {
      const requestHeaders = new Headers(req.headers);
      requestHeaders.set('x-nonce', nonce);
      requestHeaders.set('content-security-policy', csp);
      const next = NextResponse.next({ request: { headers: requestHeaders } });
      // Keep what the handler set (cookies, say), but not its own request-header overrides.
      res.headers.forEach((value, key) => {
        if (!key.startsWith('x-middleware-') && key !== 'set-cookie') next.headers.set(key, value);
      });
      for (const cookie of res.headers.getSetCookie()) next.headers.append('set-cookie', cookie);
      res = next;
    }
    res.headers.set('Content-Security-Policy', csp);
    for (const { key, value } of securityHeaders({ https: req.nextUrl.protocol === 'https:' })) res.headers.set(key, value);
    return res;
  };
}
