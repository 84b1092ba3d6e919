import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitSignUp, authorizeCredentials, limitConfig, RateLimited, type LimitConfig } from '@/lib/auth/credentials';
import { deviceCookieName, issueDeviceCookie } from '@/lib/auth/device-cookie';
import { hashPassword } from '@/lib/auth/password';
import { parseEnv } from '@/lib/env';
import { recordSignInAttempt } from './sign-in-attempts';
import { createTestDb, type TestDb } from './testing';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

const secret = 'integration-test-secret';
/** The shipped defaults: 10 per (email, client) and per device, 50 per client, 50 per account, 15 minutes. */
const defaults = limitConfig(parseEnv({ AUTH_SECRET: secret }));
const behindOneProxy = limitConfig(parseEnv({ AUTH_SECRET: secret, TRUST_PROXY: '1' }));

interface From {
  peer: string;
  forwardedFor?: string;
  device?: string | null;
}

/** One sign-in through the Credentials provider's check, as a browser at `from` would make it. */
async function attempt(email: string, password: string, from: From, config: LimitConfig = defaults) {
  const headers = new Headers();
  if (from.forwardedFor) headers.set('x-forwarded-for', from.forwardedFor);
  if (from.device) headers.set('cookie', `locale=en; ${deviceCookieName}=${from.device}`);
  try {
    const r = await authorizeCredentials({ email, password }, { headers, peer: from.peer }, config);
    return r ? { outcome: 'signed-in' as const, device: r.deviceCookie } : { outcome: 'wrong' as const };
  } catch (e) {
    if (e instanceof RateLimited) return { outcome: 'blocked' as const, minutes: e.minutes };
    throw e;
  }
}

/** Many failures at once, through the same writer authorize uses (skips argon2 to keep the test quick). */
async function failures(n: number, who: (i: number) => { email: string; ip: string }) {
  for (let i = 0; i < n; i++) await recordSignInAttempt({ ...who(i), deviceId: null }, false);
}

async function account(email: string, password = 'owner-password-1') {
  await createUser({ email, passwordHash: await hashPassword(password) });
  return { email, password };
}

describe(`sign-in limits on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('limits failures per (email, client): that pair is refused, other clients and emails are not', async () => {
    const owner = await account('pair@example.com');
    const other = await account('pair-other@example.com');
    for (let i = 0; i < 10; i++) expect((await attempt(owner.email, `wrong-${i}`, { peer: '198.51.100.1' })).outcome).toBe('wrong');
    const blocked = await attempt(owner.email, owner.password, { peer: '198.51.100.1' });
    expect(blocked.outcome).toBe('blocked');
    expect(blocked.minutes).toBeGreaterThanOrEqual(14);
    expect(blocked.minutes).toBeLessThanOrEqual(15);
    expect((await attempt(other.email, other.password, { peer: '198.51.100.1' })).outcome).toBe('signed-in');
    expect((await attempt(owner.email, owner.password, { peer: '198.51.100.2' })).outcome).toBe('signed-in');
  });

  it('limits failures per client across emails (password spraying)', async () => {
    const victim = await account('spray-victim@example.com');
    for (let i = 0; i < 5; i++) await attempt(`spray-${i}@example.com`, 'Winter2026!', { peer: '203.0.113.50' });
    await failures(45, (i) => ({ email: `spray-${5 + i}@example.com`, ip: '203.0.113.50' }));
    expect((await attempt(victim.email, victim.password, { peer: '203.0.113.50' })).outcome).toBe('blocked');
    expect((await attempt(victim.email, victim.password, { peer: '203.0.113.51' })).outcome).toBe('signed-in');
  });

  it('lets the owner in from a browser with its device cookie after 10 failures from 10 other addresses', async () => {
    const owner = await account('owner@example.com');
    const first = await attempt(owner.email, owner.password, { peer: '192.0.2.10' });
    expect(first.outcome).toBe('signed-in');
    const device = first.device!;
    for (let i = 0; i < 10; i++) await attempt(owner.email, `guess-${i}`, { peer: `198.51.100.${100 + i}` });
    expect((await attempt(owner.email, owner.password, { peer: '192.0.2.10', device })).outcome).toBe('signed-in');
    // Even at the account-wide limit for untrusted browsers, the owner's browser still gets in.
    await failures(40, (i) => ({ email: owner.email, ip: `198.51.100.${110 + i}` }));
    expect((await attempt(owner.email, owner.password, { peer: '198.51.100.200' })).outcome).toBe('blocked');
    expect((await attempt(owner.email, owner.password, { peer: '198.51.100.201', device })).outcome).toBe('signed-in');
  });

  it('gives a forged or foreign device cookie no exemption', async () => {
    const owner = await account('forged@example.com');
    const attacker = await account('attacker@example.com', 'attacker-password');
    const own = (await attempt(attacker.email, attacker.password, { peer: '203.0.113.9' })).device!;
    await failures(50, (i) => ({ email: owner.email, ip: `203.0.113.${100 + i}` }));
    const forgedDevices = [
      issueDeviceCookie('not-the-server-secret', owner.email), // signed with another key
      own.replace(own.split('.')[1]!, Buffer.from(owner.email).toString('base64url')), // renamed to the owner
      own, // valid, but for the attacker's own account
    ];
    for (const device of forgedDevices) {
      expect((await attempt(owner.email, owner.password, { peer: '203.0.113.250', device })).outcome).toBe('blocked');
    }
  });

  it("counts a trusted browser's own failures against its device cookie", async () => {
    const owner = await account('device-count@example.com');
    const device = (await attempt(owner.email, owner.password, { peer: '192.0.2.20' })).device!;
    for (let i = 0; i < 10; i++) await attempt(owner.email, `typo-${i}`, { peer: '192.0.2.20', device });
    expect((await attempt(owner.email, owner.password, { peer: '192.0.2.20', device })).outcome).toBe('blocked');
    // Those failures were the device's: an untrusted browser on another address is not affected.
    expect((await attempt(owner.email, owner.password, { peer: '192.0.2.21' })).outcome).toBe('signed-in');
  });

  it('ignores X-Forwarded-For when TRUST_PROXY is unset: rotating it does not get around the limit', async () => {
    const owner = await account('rotate@example.com');
    for (let i = 0; i < 10; i++) {
      await attempt(owner.email, `wrong-${i}`, { peer: '198.51.100.77', forwardedFor: `10.1.0.${i}` });
    }
    expect((await attempt(owner.email, owner.password, { peer: '198.51.100.77', forwardedFor: '10.1.0.99' })).outcome).toBe('blocked');
  });

  it('with TRUST_PROXY=1 counts the address the proxy appended, whatever the client put before it', async () => {
    const owner = await account('proxied@example.com');
    const proxy = '10.0.0.2';
    for (let i = 0; i < 10; i++) {
      await attempt(owner.email, `wrong-${i}`, { peer: proxy, forwardedFor: `6.6.6.${i}, 198.51.100.88` }, behindOneProxy);
    }
    const spoofed = { peer: proxy, forwardedFor: '6.6.6.99, 198.51.100.88' };
    expect((await attempt(owner.email, owner.password, spoofed, behindOneProxy)).outcome).toBe('blocked');
    // Another real client behind the same proxy is its own client.
    const neighbour = { peer: proxy, forwardedFor: '198.51.100.89' };
    expect((await attempt(owner.email, owner.password, neighbour, behindOneProxy)).outcome).toBe('signed-in');
  });
});

describe(`sign-up limit on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('admits SIGNUP_MAX_PER_CLIENT sign-ups per client and window, then says how long to wait', async () => {
    const config = limitConfig(parseEnv({ AUTH_SECRET: secret, SIGNUP_MAX_PER_CLIENT: '3', SIGNUP_WINDOW_MINUTES: '60' }));
    const from = (peer: string, forwardedFor?: string) => ({
      headers: new Headers(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      peer,
    });
    for (let i = 0; i < 3; i++) expect(await admitSignUp(from('198.51.100.30', `10.2.0.${i}`), config)).toBeNull();
    const minutes = await admitSignUp(from('198.51.100.30', '10.2.0.9'), config);
    expect(minutes).toBeGreaterThanOrEqual(59);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await admitSignUp(from('198.51.100.31'), config)).toBeNull();
    // The window passing lifts it; the refused attempt was not counted.
    expect(await admitSignUp(from('198.51.100.30'), config, new Date(Date.now() + 61 * 60_000))).toBeNull();
    expect(await t.prisma.signUpAttempt.count({ where: { ip: '198.51.100.30' } })).toBe(4);
  });
});
