import { describe, expect, it } from 'vitest';
import { appHosts, crossSiteWrite, requestOrigin } from './origin';

const h = (o: Record<string, string>) => new Headers(o);

describe('requestOrigin', () => {
  const hosts = ['localhost:3000'];
  it('same origin by Origin header', () => {
    expect(requestOrigin(h({ origin: 'http://localhost:3000' }), hosts)).toBe('same-origin');
    expect(requestOrigin(h({ origin: 'http://LOCALHOST:3000' }), hosts)).toBe('same-origin');
  });
  it('another port of the same host is another origin', () => {
    expect(requestOrigin(h({ origin: 'http://localhost:9999', 'sec-fetch-site': 'same-site' }), hosts)).toBe('cross-origin');
  });
  it('opaque and malformed origins are cross-origin', () => {
    expect(requestOrigin(h({ origin: 'null' }), hosts)).toBe('cross-origin');
    expect(requestOrigin(h({ origin: '::::' }), hosts)).toBe('cross-origin');
  });
  it('falls back to Sec-Fetch-Site, and says unknown without either', () => {
    expect(requestOrigin(h({ 'sec-fetch-site': 'same-origin' }), hosts)).toBe('same-origin');
    expect(requestOrigin(h({ 'sec-fetch-site': 'cross-site' }), hosts)).toBe('cross-origin');
    expect(requestOrigin(h({}), hosts)).toBe('unknown');
  });
});

describe('appHosts', () => {
  it('trusts X-Forwarded-Host only behind a trusted proxy', () => {
    const headers = h({ host: 'app:3000', 'x-forwarded-host': 'learn.example' });
    expect(appHosts(headers, false)).toEqual(['app:3000']);
    expect(appHosts(headers, true)).toEqual(['app:3000', 'learn.example']);
  });
});

describe('crossSiteWrite', () => {
  it('refuses only state-changing methods from another origin', () => {
    expect(crossSiteWrite('POST', 'cross-origin')).toBe(true);
    expect(crossSiteWrite('delete', 'cross-origin')).toBe(true);
    expect(crossSiteWrite('GET', 'cross-origin')).toBe(false);
    expect(crossSiteWrite('POST', 'same-origin')).toBe(false);
    expect(crossSiteWrite('POST', 'unknown')).toBe(false);
  });
});
