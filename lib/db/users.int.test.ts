import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { becomeTeacherAction } from '@/app/(app)/settings/actions';
import { runAsUser } from '@/lib/auth/session';
import { resetEnv } from '@/lib/env';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createClass, getClassesForTeacher } from './classes';
import { migrationStatus } from './migrations';
import { createTestDb, type TestDb } from './testing';
import { createUser, getUserById, setRole } from './users';

// No request here, so no cache to revalidate; the database is real.
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

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
    expect(c.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((await getClassesForTeacher(teacher!.id)).map((x) => x.name)).toEqual(['CNN 101']);
    expect(await getClassesForTeacher(other!.id)).toEqual([]);
  });

  describe('TEACHER_SIGNUP', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      resetEnv();
    });

    it('closed: the server refuses "Become a teacher" with a typed forbidden and changes nothing', async () => {
      vi.stubEnv('TEACHER_SIGNUP', 'closed');
      resetEnv();
      const learner = await createUser({ email: 'closed@example.com', passwordHash: 'x' });
      const result = await runAsUser(learner!.id, () => becomeTeacherAction({}));
      expect(result).toEqual({ ok: false, error: 'forbidden', message: 'teacherSignupClosed' });
      expect((await getUserById(learner!.id))?.role).toBe('learner');
      // A signed-out caller is still told to sign in first.
      expect(await runAsUser(null, () => becomeTeacherAction({}))).toEqual({ ok: false, error: 'unauthenticated' });
    });

    it('open (the default): a learner becomes a teacher', async () => {
      resetEnv();
      const learner = await createUser({ email: 'open@example.com', passwordHash: 'x' });
      const result = await runAsUser(learner!.id, () => becomeTeacherAction({}));
      expect(result).toEqual({ ok: true, data: undefined });
      expect((await getUserById(learner!.id))?.role).toBe('teacher');
    });
  });
});
