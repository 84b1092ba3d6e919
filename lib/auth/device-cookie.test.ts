import { describe, expect, it } from 'vitest';
import { deviceCookieFrom, issueDeviceCookie, readDeviceCookie } from './device-cookie';

const secret = 'unit-test-secret';

describe('device cookies', () => {
  it('round-trips the email and nonce it was issued for', () => {
    const value = issueDeviceCookie(secret, 'owner@example.com', 'nonce1');
    expect(readDeviceCookie(secret, value)).toEqual({ email: 'owner@example.com', nonce: 'nonce1' });
    expect(readDeviceCookie(secret, issueDeviceCookie(secret, 'owner@example.com'))?.nonce).toMatch(/^[\w-]{22}$/);
  });

  it('refuses a cookie signed with another secret, or edited to name another account', () => {
    const value = issueDeviceCookie(secret, 'owner@example.com', 'nonce1');
    expect(readDeviceCookie('another-secret', value)).toBeNull();
    const [v, , nonce, sig] = value.split('.');
    const renamed = [v, Buffer.from('victim@example.com').toString('base64url'), nonce, sig].join('.');
    expect(readDeviceCookie(secret, renamed)).toBeNull();
    const renonced = [v, value.split('.')[1], 'nonce2', sig].join('.');
    expect(readDeviceCookie(secret, renonced)).toBeNull();
  });

  it('refuses malformed values without throwing', () => {
    for (const bad of [undefined, '', 'v1', 'v1.a.b', 'v2.a.b.c', 'v1.a.b.c.d', 'v1.%%%.b.c', 'x'.repeat(5000)]) {
      expect(readDeviceCookie(secret, bad)).toBeNull();
    }
  });

  it('finds the cookie in a Cookie header', () => {
    expect(deviceCookieFrom('a=1; recall-device=v1.x.y.z; b=2')).toBe('v1.x.y.z');
    expect(deviceCookieFrom('a=1')).toBeUndefined();
    expect(deviceCookieFrom(null)).toBeUndefined();
    expect(deviceCookieFrom('recall-device=%E0%A4%A')).toBeUndefined();
  });
});
