import 'server-only';
import type { RecentFailures, SignInLimits } from '@/lib/auth/sign-in-policy';
import { db } from './client';

/**
 * Sign-in and sign-up attempts live in the database, so the limits hold across app
 * instances. The decision is lib/auth/sign-in-policy.ts; this file loads and saves.
 */

const since = (now: Date, windowMinutes: number) => new Date(now.getTime() - windowMinutes * 60_000);

/** The recent failures each limit counts (newest first, at most the limit of each). */
export async function loadRecentFailures(
  who: { email: string; ip: string; deviceId: string | null },
  limits: SignInLimits,
  now = new Date(),
): Promise<RecentFailures> {
  const createdAt = { gte: since(now, limits.windowMinutes) };
  const times = async (where: object, take: number) =>
    (
      await db().signInAttempt.findMany({
        where: { ...where, success: false, createdAt },
        orderBy: { createdAt: 'desc' },
        take,
        select: { createdAt: true },
      })
    ).map((r) => r.createdAt);
  if (who.deviceId) {
    return { device: await times({ deviceId: who.deviceId }, limits.maxFailures), emailClient: [], client: [], account: [] };
  }
  const [emailClient, client, account] = await Promise.all([
    times({ email: who.email, ip: who.ip, deviceId: null }, limits.maxFailures),
    times({ ip: who.ip, deviceId: null }, limits.clientMaxFailures),
    times({ email: who.email, deviceId: null }, limits.accountMaxFailures),
  ]);
  return { emailClient, client, account };
}

export async function recordSignInAttempt(who: { email: string; ip: string; deviceId: string | null }, success: boolean): Promise<void> {
  await db().signInAttempt.create({ data: { email: who.email, ip: who.ip, deviceId: who.deviceId, success } });
}

/**
 * Minutes until this client may try to sign up again, or null. Counts every sign-up that
 * passed validation, taken emails too, so the form cannot be used to probe for accounts
 * at speed either.
 */
export async function signUpBlockedFor(
  ip: string,
  limit: { maxPerClient: number; windowMinutes: number },
  now = new Date(),
): Promise<number | null> {
  const rows = await db().signUpAttempt.findMany({
    where: { ip, createdAt: { gte: since(now, limit.windowMinutes) } },
    orderBy: { createdAt: 'desc' },
    take: limit.maxPerClient,
    select: { createdAt: true },
  });
  if (rows.length < limit.maxPerClient) return null;
  const until = rows[limit.maxPerClient - 1]!.createdAt.getTime() + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

export async function recordSignUpAttempt(ip: string): Promise<void> {
  await db().signUpAttempt.create({ data: { ip } });
}

/** Old rows are useless for the limits; pruned opportunistically on success. */
export async function pruneSignInAttempts(olderThan: Date): Promise<void> {
  await db().$transaction([
    db().signInAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } }),
    db().signUpAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } }),
  ]);
}
