/**
 * The app's security headers, as data. Pure: no Next, no Node built-ins; `proxy.ts` sets
 * the per-request ones (CSP with a fresh nonce, HSTS) and `next.config.mjs` the constant
 * ones for every path, static files included.
 */

export type Header = { key: string; value: string };

/**
 * Content-Security-Policy for an HTML response. Scripts run only with this request's
 * nonce (Next puts it on its own scripts when it finds the policy on the request), or
 * when loaded by such a script ('strict-dynamic'); hostile Markdown that slipped an
 * inline script or handler through would be refused.
 */
export function contentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval': the tfjs wasm backend compiles WebAssembly. 'unsafe-eval' only in
    // development, where React's dev build and Turbopack's HMR evaluate code.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Experiments run in a module Web Worker from /_next/static; tfjs may spawn blob: workers.
    'worker-src': ["'self'", 'blob:'],
    // 'unsafe-inline' for styles: KaTeX sizes every formula with inline style attributes
    // (style="height:…"), and Next and React set style attributes too. A nonce cannot cover
    // attributes, and a nonce in this list would make browsers ignore 'unsafe-inline'. Sonner
    // (toasts, components/ui/toaster.tsx) injects its stylesheet as a <style> element, which
    // 'unsafe-inline' allows too.
    // Styles cannot run script, so this keeps the XSS protection of script-src intact.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // KaTeX's fonts are bundled; data: for fonts that a stylesheet inlines.
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Features the app never uses; `()` denies them to every origin, this one included. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/** Headers that are the same for every response; next.config.mjs serves these for every path. */
export const STATIC_SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For old browsers without CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: DENIED_FEATURES.map((f) => `${f}=()`).join(', ') },
];

/** Two years, with subdomains: the value hstspreload.org asks for. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Every non-CSP security header for a response. Strict-Transport-Security only over
 * https: browsers ignore it on http, and sending it from a plain-http deployment would
 * only confuse whoever reads the headers.
 */
export function securityHeaders({ https }: { https: boolean }): Header[] {
  return [...STATIC_SECURITY_HEADERS, ...(https ? [{ key: 'Strict-Transport-Security', value: HSTS }] : [])];
}

/** A fresh nonce: 16 random bytes, base64 (Web Crypto, so it runs in the proxy too). */
export function createNonce(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
