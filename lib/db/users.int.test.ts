import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createClass, getClassesForTeacher } from './classes';
import { migrationStatus } from './migrations';
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
