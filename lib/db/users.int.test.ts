import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createClass, getClassesForTeacher } from './classes';
import { migrationStatus } from './migrations';
import { recordSignInAttempt, signInBlockedFor } from './sign-in-attempts';
import { createTestDb, type TestDb } from './testing';
import { createUser, getUserById, setRole } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

describe(`accounts on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('has every migration applied and none pending', async () => {
    const s = await migrationStatus(t.adapter);
    expect(s.pending).toEqual([]);
    expect(s.applied.length).toBeGreaterThan(0);
  });

  it('stores an argon2id hash, never the password, and refuses a duplicate email', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    const u = await createUser({ email: 'a@example.com', passwordHash: hash });
    expect(u?.role).toBe('learner');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await createUser({ email: 'a@example.com', passwordHash: hash })).toBeNull();
    expect(await t.prisma.user.count({ where: { email: 'a@example.com' } })).toBe(1);
  });

  it('limits failed sign-ins per email and per IP within the window', async () => {
    const limit = { maxFailures: 10, windowMinutes: 15 };
    for (let i = 0; i < 10; i++) {
      expect(await signInBlockedFor('victim@example.com', `10.0.0.${i}`, limit)).toBeNull();
      await recordSignInAttempt('victim@example.com', `10.0.0.${i}`, false);
    }
    const minutes = await signInBlockedFor('victim@example.com', '10.9.9.9', limit);
    expect(minutes).toBeGreaterThan(0);
    expect(minutes).toBeLessThanOrEqual(15);
    // Another email from a fresh IP is not affected; the window passing lifts the block.
    expect(await signInBlockedFor('other@example.com', '10.9.9.9', limit)).toBeNull();
    expect(await signInBlockedFor('victim@example.com', '10.9.9.9', limit, new Date(Date.now() + 16 * 60_000))).toBeNull();
    for (let i = 0; i < 10; i++) await recordSignInAttempt(`spray${i}@example.com`, '203.0.113.7', false);
    expect(await signInBlockedFor('fresh@example.com', '203.0.113.7', limit)).toBeGreaterThan(0);
  });

  it('keeps classes owned by their teacher', async () => {
    const teacher = await createUser({ email: 't@example.com', passwordHash: 'x' });
    const other = await createUser({ email: 'o@example.com', passwordHash: 'x' });
    await setRole(teacher!.id, 'teacher');
    expect((await getUserById(teacher!.id))?.role).toBe('teacher');
    const c = await createClass(teacher!.id, 'CNN 101');
    expect(c.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect((await getClassesForTeacher(teacher!.id)).map((x) => x.name)).toEqual(['CNN 101']);
    expect(await getClassesForTeacher(other!.id)).toEqual([]);
  });
});
