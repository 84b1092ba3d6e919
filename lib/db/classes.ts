import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from './client';
import { Prisma } from './generated/client';

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  createdAt: Date;
  archivedAt: Date | null;
  /** Current members (left and removed learners not counted). */
  memberCount: number;
}

// No 0/O/1/I: join codes are read aloud and typed by students.
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;
const newJoinCode = () => Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');

/** A typed code as stored: upper case, without the spaces and dashes people add. */
export const normalizeJoinCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '');

const summarySelect = {
  id: true,
  name: true,
  joinCode: true,
  createdAt: true,
  archivedAt: true,
  _count: { select: { members: { where: { leftAt: null } } } },
} as const;
type SummaryRow = Omit<ClassSummary, 'memberCount'> & { _count: { members: number } };
const toSummary = ({ _count, ...r }: SummaryRow): ClassSummary => ({ ...r, memberCount: _count.members });

const isCodeTaken = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** Retries on the (rare) clash with an existing code. */
async function withFreshCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (e) {
      if (!isCodeTaken(e) || attempt >= 5) throw e;
    }
  }
}

/** Ownership lives in the query: a teacher only ever sees their own classes. Live classes first. */
export async function getClassesForTeacher(teacherId: string): Promise<ClassSummary[]> {
  const rows = await db().class.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: summarySelect,
  });
  return rows.map(toSummary).sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
}

export async function createClass(teacherId: string, name: string): Promise<ClassSummary> {
  return toSummary(await withFreshCode((joinCode) => db().class.create({ data: { teacherId, name, joinCode }, select: summarySelect })));
}

/** Each write below changes only a class the teacher owns; false when there is none. */
export async function renameClass(teacherId: string, classId: string, name: string): Promise<boolean> {
  return (await db().class.updateMany({ where: { id: classId, teacherId }, data: { name } })).count === 1;
}

export async function setClassArchived(teacherId: string, classId: string, archived: boolean, now = new Date()): Promise<boolean> {
  const data = { archivedAt: archived ? now : null };
  return (await db().class.updateMany({ where: { id: classId, teacherId }, data })).count === 1;
}

/** A new code; the old one stops working at once. Null for a class the teacher does not own. */
export async function regenerateJoinCode(teacherId: string, classId: string): Promise<string | null> {
  return withFreshCode(async (joinCode) => {
    const n = (await db().class.updateMany({ where: { id: classId, teacherId }, data: { joinCode } })).count;
    return n === 1 ? joinCode : null;
  });
}

export interface ClassMemberView {
  userId: string;
  name: string | null;
  email: string;
  joinedAt: Date;
}

/** The class's current members, by joining order. */
export async function classMembers(classId: string): Promise<ClassMemberView[]> {
  const rows = await db().classMember.findMany({
    where: { classId, leftAt: null },
    orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }],
    select: { userId: true, joinedAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, name: r.user.name, email: r.user.email, joinedAt: r.joinedAt }));
}

/** Removes a learner from the teacher's class (the row stays, with leftAt). */
export async function removeMember(teacherId: string, classId: string, userId: string, now = new Date()): Promise<boolean> {
  const n = await db().classMember.updateMany({ where: { classId, userId, leftAt: null, class: { teacherId } }, data: { leftAt: now } });
  return n.count === 1;
}
