import 'server-only';
import { blockedMinutes, JOIN_LIMITS, type JoinLimits } from '@/lib/classes/join-policy';
import { normalizeJoinCode } from './classes';
import { db } from './client';

/** What a join link shows before anyone joins: the class and its teacher, nothing else. */
export interface ClassInvite {
  classId: string;
  name: string;
  teacherName: string;
}

/** A live class by its current code (an old code, an archived class: null). */
export async function findClassByCode(code: string): Promise<ClassInvite | null> {
  const joinCode = normalizeJoinCode(code);
  if (!joinCode) return null;
  const row = await db().class.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true, teacher: { select: { name: true, email: true } } },
  });
  return row ? { classId: row.id, name: row.name, teacherName: row.teacher.name || row.teacher.email } : null;
}

export type JoinOutcome =
  | { kind: 'joined' | 'already'; invite: ClassInvite }
  | { kind: 'not_found' }
  | { kind: 'own_class' }
  | { kind: 'rate_limited'; minutes: number };

const since = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

async function recentFailures(client: string, take: number, limits: JoinLimits, now: Date): Promise<Date[]> {
  const rows = await db().classJoinAttempt.findMany({
    where: { client, ok: false, createdAt: { gte: since(now, limits.windowMinutes) } },
    orderBy: { createdAt: 'desc' },
    take,
    select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}

/** Minutes until the user and address (`user:…`, `ip:…`) may try again, or null. */
async function blockedFor([user, address]: string[], limits: JoinLimits, now: Date): Promise<number | null> {
  const [byUser, byAddress] = await Promise.all([
    recentFailures(user!, limits.maxPerUser, limits, now),
    recentFailures(address!, limits.maxPerAddress, limits, now),
  ]);
  const wait = [
    blockedMinutes(byUser, limits.maxPerUser, limits.windowMinutes, now),
    blockedMinutes(byAddress, limits.maxPerAddress, limits.windowMinutes, now),
  ].filter((m): m is number => m !== null);
  return wait.length ? Math.max(...wait) : null;
}

/**
 * Joins the class with this code, within the per-client limit on wrong codes: the user and
 * the address each have their own count. A rejoin reopens the learner's row with a new
 * joinedAt, so what they did while away is never counted. A teacher cannot join their own class.
 */
export async function joinWithCode(
  userId: string,
  code: string,
  address: string,
  now = new Date(),
  limits: JoinLimits = JOIN_LIMITS,
): Promise<JoinOutcome> {
  const keys = [`user:${userId}`, `ip:${address}`];
  const wait = await blockedFor(keys, limits, now);
  if (wait !== null) return { kind: 'rate_limited', minutes: wait };
  const invite = await findClassByCode(code);
  await db().classJoinAttempt.createMany({ data: keys.map((client) => ({ client, ok: invite !== null, createdAt: now })) });
  if (!invite) return { kind: 'not_found' };
  if ((await db().class.count({ where: { id: invite.classId, teacherId: userId } })) > 0) return { kind: 'own_class' };
  const existing = await db().classMember.findUnique({ where: { classId_userId: { classId: invite.classId, userId } } });
  if (existing && existing.leftAt === null) return { kind: 'already', invite };
  await db().classMember.upsert({
    where: { classId_userId: { classId: invite.classId, userId } },
    create: { classId: invite.classId, userId, joinedAt: now },
    update: { joinedAt: now, leftAt: null },
  });
  return { kind: 'joined', invite };
}

/** The learner leaves a class; false when they were not a current member. */
export async function leaveClass(userId: string, classId: string, now = new Date()): Promise<boolean> {
  return (await db().classMember.updateMany({ where: { classId, userId, leftAt: null }, data: { leftAt: now } })).count === 1;
}

export interface LearnerClass {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: Date;
  archived: boolean;
}

/** The classes the learner is a current member of. */
export async function getClassesForLearner(userId: string): Promise<LearnerClass[]> {
  const rows = await db().classMember.findMany({
    where: { userId, leftAt: null },
    orderBy: [{ joinedAt: 'desc' }, { classId: 'asc' }],
    select: {
      joinedAt: true,
      class: { select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true, email: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.class.id,
    name: r.class.name,
    teacherName: r.class.teacher.name || r.class.teacher.email,
    joinedAt: r.joinedAt,
    archived: r.class.archivedAt !== null,
  }));
}

/** Old attempts are useless for the limit; pruned opportunistically. */
export async function pruneJoinAttempts(olderThan: Date): Promise<void> {
  await db().classJoinAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } });
}

export type InvitePreview =
  { kind: 'found'; invite: ClassInvite; code: string; member: boolean } | { kind: 'not_found' } | { kind: 'rate_limited'; minutes: number };

/**
 * What a join link shows, under the same limit as joining: a blocked client sees no class,
 * and an unknown code counts as a failed attempt. Nothing else is written.
 */
export async function previewInvite(
  userId: string,
  code: string,
  address: string,
  now = new Date(),
  limits: JoinLimits = JOIN_LIMITS,
): Promise<InvitePreview> {
  const keys = [`user:${userId}`, `ip:${address}`];
  const wait = await blockedFor(keys, limits, now);
  if (wait !== null) return { kind: 'rate_limited', minutes: wait };
  const invite = await findClassByCode(code);
  if (!invite) {
    await db().classJoinAttempt.createMany({ data: keys.map((client) => ({ client, ok: false, createdAt: now })) });
    return { kind: 'not_found' };
  }
  const member = (await db().classMember.count({ where: { classId: invite.classId, userId, leftAt: null } })) > 0;
  return { kind: 'found', invite, code: normalizeJoinCode(code), member };
}
