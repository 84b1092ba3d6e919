import 'server-only';
import { db } from './client';

/**
 * Who may see a class. Every class-scoped page and action asks here first; the answer is
 * in the query (ownership and membership are `where` clauses, never a check on a loaded row).
 */

export interface TeacherClass {
  id: string;
  name: string;
  joinCode: string;
  teacherId: string;
  createdAt: Date;
  archivedAt: Date | null;
}

/** The class if `userId` is its teacher, else null (another teacher's class and an unknown id look the same). */
export async function teacherClass(userId: string, classId: string): Promise<TeacherClass | null> {
  if (!userId || !classId) return null;
  return db().class.findFirst({
    where: { id: classId, teacherId: userId },
    select: { id: true, name: true, joinCode: true, teacherId: true, createdAt: true, archivedAt: true },
  });
}

/** True while `userId` is a current member of the class (joined and not left or removed). */
export async function isMember(userId: string, classId: string): Promise<boolean> {
  if (!userId || !classId) return false;
  return (await db().classMember.count({ where: { classId, userId, leftAt: null } })) > 0;
}

/** The class's name for its teacher or a current member; null for anyone else. */
export async function visibleClassName(userId: string, classId: string): Promise<string | null> {
  if (!userId || !classId) return null;
  const row = await db().class.findFirst({
    where: { id: classId, OR: [{ teacherId: userId }, { members: { some: { userId, leftAt: null } } }] },
    select: { name: true },
  });
  return row?.name ?? null;
}
