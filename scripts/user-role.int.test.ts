import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/lib/db/testing';
import { createUser, getUserById } from '@/lib/db/users';
import { userRoleCli } from './user-role';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await userRoleCli(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe(`npm run user:role on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('makes a learner a teacher and back, by email in any case', async () => {
    const u = await createUser({ email: 'ana@school.example', passwordHash: 'x' });
    expect(await run('--', 'Ana@School.example', 'teacher')).toEqual({
      code: 0,
      out: 'ana@school.example is now a teacher (was learner).',
      err: '',
    });
    expect((await getUserById(u!.id))?.role).toBe('teacher');
    expect((await run('ana@school.example', 'teacher')).out).toMatch(/already a teacher; nothing changed/);
    expect((await run('ana@school.example', 'learner')).code).toBe(0);
    expect((await getUserById(u!.id))?.role).toBe('learner');
  });

  it('fails with a fix for an unknown email, an unknown role or missing arguments, and changes nothing', async () => {
    const unknown = await run('nobody@school.example', 'teacher');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No account has the email nobody@school\.example\. .*sign up first/);
    const u = await createUser({ email: 'ben@school.example', passwordHash: 'x' });
    const badRole = await run('ben@school.example', 'admin');
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/Unknown role "admin"\. Use one of: learner, teacher\./);
    expect((await getUserById(u!.id))?.role).toBe('learner');
    for (const args of [[], ['ben@school.example'], ['ben@school.example', 'teacher', 'extra']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^usage: npm run user:role -- <email> <learner\|teacher>/);
    }
  });
});
