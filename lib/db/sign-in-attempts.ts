import 'server-only';
import { db } from './client';

/**
 * Sign-in attempts live in the database, so the rate limit holds across app
 * instances. Returns the minutes until the oldest counted failure leaves the window
 * when the email or the IP is over the limit, otherwise null.
 */
export async function signInBlockedFor(
  email: string,
  ip: string,
  limit: { maxFailures: number; windowMinutes: number },
  now = new Date(),
): Promise<number | null> {
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db().signInAttempt.findMany({
      where: { email, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      take: limit.maxFailures,
      select: { createdAt: true },
    }),
    db().signInAttempt.findMany({
      where: { ip, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      take: limit.maxFailures,
      select: { createdAt: true },
    }),
  ]);
  const over = [byEmail, byIp].filter((rows) => rows.length >= limit.maxFailures);
  if (!over.length) return null;
  // Blocked until the failure that tipped the count leaves the window.
  const until = Math.max(...over.map((rows) => rows[rows.length - 1]!.createdAt.getTime())) + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

export async function recordSignInAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db().signInAttempt.create({ data: { email, ip, success } });
}

/** Old rows are useless for the limit; pruned opportunistically on success. */
export async function pruneSignInAttempts(olderThan: Date): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } });
}
