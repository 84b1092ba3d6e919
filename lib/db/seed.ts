import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { db } from './client';

/** Demo accounts: created only in embedded/demo mode. The passwords are in the README. */
export const demoAccounts = [
  { email: 'learner@recall-lab.test', password: 'learner-demo-pass', name: 'Demo Learner', role: 'learner' as const },
  { email: 'teacher@recall-lab.test', password: 'teacher-demo-pass', name: 'Demo Teacher', role: 'teacher' as const },
];

export async function seedDemoAccounts(): Promise<string[]> {
  const created: string[] = [];
  for (const a of demoAccounts) {
    const exists = await db().user.findUnique({ where: { email: a.email }, select: { id: true } });
    if (exists) continue;
    await db().user.create({
      data: { email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password), timeZone: 'Asia/Shanghai' },
    });
    created.push(a.email);
  }
  return created;
}
