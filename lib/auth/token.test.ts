import { describe, expect, it } from 'vitest';
import { decodeSessionToken, encodeSessionToken, readSessionCookie, sessionCookieParts } from './token';

const secret = 'unit-secret-0123456789abcdef0123456789';

describe('session cookies', () => {
  it('joins chunked tokens in order and prefers the secure name', () => {
    expect(
      readSessionCookie([
        { name: 'authjs.session-token.1', value: 'B' },
        { name: 'authjs.session-token.0', value: 'A' },
      ]),
    ).toEqual({ name: 'authjs.session-token', value: 'AB' });
    expect(
      readSessionCookie([
        { name: 'authjs.session-token', value: 'plain' },
        { name: '__Secure-authjs.session-token', value: 'secure' },
      ]),
    ).toEqual({ name: '__Secure-authjs.session-token', value: 'secure' });
    expect(readSessionCookie([{ name: 'other', value: 'x' }])).toBeNull();
    expect(
      sessionCookieParts([
        { name: 'authjs.session-token.0', value: '' },
        { name: 'theme', value: '' },
      ]),
    ).toEqual(['authjs.session-token.0']);
  });

  it('round-trips claims and refuses tokens without a session version', async () => {
    const token = await encodeSessionToken('authjs.session-token', { userId: 'u1', sessionVersion: 3, role: 'learner' }, secret);
    expect(await decodeSessionToken({ name: 'authjs.session-token', value: token }, [secret])).toEqual({ userId: 'u1', sessionVersion: 3 });
    const { encode } = await import('next-auth/jwt');
    const legacy = await encode({ token: { sub: 'u1' }, secret, salt: 'authjs.session-token' });
    expect(await decodeSessionToken({ name: 'authjs.session-token', value: legacy }, [secret])).toBeNull();
    expect(await decodeSessionToken({ name: 'authjs.session-token', value: token }, [])).toBeNull();
  });
});
