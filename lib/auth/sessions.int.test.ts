import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/lib/db/testing';
import { bumpSessionVersion, createUser, setPasswordHash, setRole, type AppUser } from '@/lib/db/users';
import { sessionFromCookies } from './request-session';
import { encodeSessionToken, type SessionCookieName } from './token';

const secret = 'integration-secret-0123456789abcdef0123456789';
const name: SessionCookieName = 'authjs.session-token';

let t: TestDb;
let user: AppUser;
beforeAll(async () => {
  t = await createTestDb();
  user = (await createUser({ email: 'sessions@example.com', passwordHash: 'x' }))!;
});
afterAll(async () => t.close());

const tokenFor = async (u: { id: string; sessionVersion: number }, s = secret) =>
  encodeSessionToken(name, { userId: u.id, sessionVersion: u.sessionVersion, role: 'learner' }, s);
const check = (value: string, secrets = [secret]) => sessionFromCookies([{ name, value }], secrets);

describe(`sessions on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('accepts a fresh token and refuses forged, foreign-secret and other-salt tokens', async () => {
    const token = await tokenFor(user);
    expect(await check(token)).toEqual({ userId: user.id, sessionVersion: 0 });
    expect(await check('garbage')).toBeNull();
    expect(await check(token.slice(0, -4) + 'AAAA')).toBeNull();
    expect(await check(await tokenFor(user, 'another-secret-0123456789abcdef01234'))).toBeNull();
    expect(await sessionFromCookies([{ name: '__Secure-authjs.session-token', value: token }], [secret])).toBeNull();
  });

  it('sign-out ends every copy of the token at once', async () => {
    const before = await tokenFor({
      id: user.id,
      sessionVersion: (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion,
    });
    expect(await check(before)).not.toBeNull();
    const v = await bumpSessionVersion(user.id);
    expect(await check(before)).toBeNull();
    expect(await check(await tokenFor({ id: user.id, sessionVersion: v }))).not.toBeNull();
  });

  it('a role change and a password change end old sessions too', async () => {
    const v0 = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;
    const old = await tokenFor({ id: user.id, sessionVersion: v0 });
    const v1 = await setRole(user.id, 'teacher');
    expect(v1).toBe(v0 + 1);
    expect(await check(old)).toBeNull();
    const mid = await tokenFor({ id: user.id, sessionVersion: v1 });
    await setPasswordHash(user.id, 'new-hash');
    expect(await check(mid)).toBeNull();
  });

  it('accepts tokens signed with a previous secret during a rotation', async () => {
    const v = (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;
    const oldSecret = 'old-secret-0123456789abcdef0123456789ab';
    const token = await tokenFor({ id: user.id, sessionVersion: v }, oldSecret);
    expect(await check(token, [secret])).toBeNull();
    expect(await check(token, [secret, oldSecret])).not.toBeNull();
  });

  it('refuses the token of a deleted account', async () => {
    const gone = (await createUser({ email: 'gone@example.com', passwordHash: 'x' }))!;
    const token = await tokenFor(gone);
    await t.prisma.user.delete({ where: { id: gone.id } });
    expect(await check(token)).toBeNull();
  });
});
