// npm run user:role -- <email> <learner|teacher>: gives an account a role. With
// TEACHER_SIGNUP=closed this is the only way to make a teacher.
import { pathToFileURL } from 'node:url';
import { closeDb } from '@/lib/db/client';
import { getUserByEmail, setRole } from '@/lib/db/users';
import { errorMessage } from '@/lib/errors';

const roles = ['learner', 'teacher'] as const;
const usage = 'usage: npm run user:role -- <email> <learner|teacher>   (for example: npm run user:role -- ana@school.example teacher)';

/** The command itself; returns the exit code. `print` and `fail` stand for stdout and stderr. */
export async function userRoleCli(args: string[], print: (line: string) => void, fail: (line: string) => void): Promise<number> {
  const [email, role, ...extra] = args.filter((a) => a !== '--');
  if (!email || !role || extra.length) {
    fail(usage);
    return 2;
  }
  if (!(roles as readonly string[]).includes(role)) {
    fail(`Unknown role "${role}". Use one of: ${roles.join(', ')}.\n${usage}`);
    return 2;
  }
  const user = await getUserByEmail(email);
  if (!user) {
    fail(`No account has the email ${email.trim().toLowerCase()}. Check the spelling, or let them sign up first, then run this again.`);
    return 1;
  }
  if (user.role === role) {
    print(`${user.email} is already a ${role}; nothing changed.`);
    return 0;
  }
  await setRole(user.id, role as (typeof roles)[number]);
  print(`${user.email} is now a ${role} (was ${user.role}).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await userRoleCli(process.argv.slice(2), console.log, console.error);
  } catch (e) {
    console.error(
      `user:role failed: ${errorMessage(e)}\n` +
        'Check that the database is reachable and migrated (npm run db:status). With the embedded database, stop the app first: only one process may open it.',
    );
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}
