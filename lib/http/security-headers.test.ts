import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
import { contentSecurityPolicy, createNonce, securityHeaders, STATIC_SECURITY_HEADERS } from './security-headers';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce, and wasm but not eval in production', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123==' }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', dev: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: 'n', dev: false })).get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('locks down framing, plugins, base and forms, and lets workers and KaTeX work', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'n' }));
    expect(Object.fromEntries(csp)).toMatchObject({
      'default-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });
    // A nonce in style-src would make browsers ignore 'unsafe-inline', which KaTeX's style attributes need.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('securityHeaders', () => {
  it('adds HSTS over https only', () => {
    expect(securityHeaders({ https: false }).map((h) => h.key)).not.toContain('Strict-Transport-Security');
    expect(securityHeaders({ https: true })).toContainEqual({
      key: 'Strict-Transport-Security',
      value: 'max-age=63072000; includeSubDomains',
    });
  });

  it('denies powerful features and sniffing', () => {
    const byKey = Object.fromEntries(securityHeaders({ https: false }).map((h) => [h.key, h.value]));
    expect(byKey['X-Content-Type-Options']).toBe('nosniff');
    expect(byKey['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(byKey['Permissions-Policy']).toContain(`${feature}=()`);
  });

  it('matches what next.config.mjs serves for every path', async () => {
    const configPath = '../../next.config.mjs'; // untyped .mjs: typed here rather than by a .d.ts beside it
    const { default: nextConfig } = (await import(/* @vite-ignore */ configPath)) as { default: NextConfig };
    const rules = await nextConfig.headers?.();
    expect(rules).toEqual([{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }]);
  });
});

describe('createNonce', () => {
  it('encodes 16 random bytes as base64, fresh each call', () => {
    expect(createNonce((b) => b.fill(255))).toBe('/////////////////////w==');
    expect(createNonce()).not.toBe(createNonce());
  });
});
