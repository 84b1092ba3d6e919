import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { db, dbAdapter } from './client';

/** Demo accounts: created only in embedded/demo mode. The passwords are in the README. */
export const demoAccounts = [
  { email: 'learner@recall-lab.test', password: 'learner-demo-pass', name: 'Demo Learner', role: 'learner' as const },
  { email: 'teacher@recall-lab.test', password: 'teacher-demo-pass', name: 'Demo Teacher', role: 'teacher' as const },
];

export async function seedDemoAccounts(): Promise<string[]> {
  // Runs at every start: the check is one raw query, so an up-to-date start never pays
  // the Prisma client's first-query start-up (about a second).
  const rows = await dbAdapter().query<{ email: string }>(`select email from "User" where email = any($1)`, [
    demoAccounts.map((a) => a.email),
  ]);
  const existing = new Set(rows.map((r) => r.email));
  const created: string[] = [];
  for (const a of demoAccounts) {
    if (existing.has(a.email)) continue;
    await db().user.create({
      data: { email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password), timeZone: 'Asia/Shanghai' },
    });
    created.push(a.email);
  }
  return created;
}
