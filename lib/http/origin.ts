/**
 * Cross-site request checks for state-changing requests (CSRF). Pure: takes the request's
 * method and headers. Browsers send `Origin` on every cross-origin POST and
 * `Sec-Fetch-Site` on every request they make, and a page on another origin cannot forge
 * either. A page on another port of the same host is another origin ("same-site" is not
 * enough).
 */
type HeaderBag = { get(name: string): string | null };

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export type OriginVerdict = 'same-origin' | 'cross-origin' | 'unknown';

/** Where the request comes from, judged by `Origin`, then `Sec-Fetch-Site`. `hosts`: the host names this app answers as. */
export function requestOrigin(headers: HeaderBag, hosts: readonly string[]): OriginVerdict {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (origin === 'null') return 'cross-origin';
    try {
      const host = new URL(origin).host.toLowerCase();
      return hosts.some((h) => h.toLowerCase() === host) ? 'same-origin' : 'cross-origin';
    } catch {
      return 'cross-origin';
    }
  }
  const site = headers.get('sec-fetch-site');
  if (site === 'same-origin') return 'same-origin';
  if (site === null || site === 'none') return 'unknown'; // not a browser, or typed into the address bar
  return 'cross-origin';
}

/** The host names a request may legitimately come from: the Host header, and the forwarded host behind a trusted proxy. */
export function appHosts(headers: HeaderBag, trustProxy: boolean): string[] {
  const hosts = [headers.get('host')];
  if (trustProxy) hosts.push(...(headers.get('x-forwarded-host') ?? '').split(',').map((h) => h.trim()));
  return hosts.filter((h): h is string => Boolean(h));
}

/**
 * The proxy's rule for every request: a state-changing request from another origin is
 * refused. Requests with no browser markers at all (curl, scripts) pass here; route
 * handlers that change state demand a same-origin browser request (see `routeGuard`).
 */
export const crossSiteWrite = (method: string, verdict: OriginVerdict) =>
  !safeMethods.has(method.toUpperCase()) && verdict === 'cross-origin';
