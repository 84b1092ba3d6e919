import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from './client';
import { Prisma } from './generated/client';

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  createdAt: Date;
}

// No 0/O/1/I: join codes are read aloud and typed by students.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newJoinCode = () => Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Ownership lives in the query: a teacher only ever sees their own classes. */
export async function getClassesForTeacher(teacherId: string): Promise<ClassSummary[]> {
  return db().class.findMany({
    where: { teacherId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, joinCode: true, createdAt: true },
  });
}

export async function createClass(teacherId: string, name: string): Promise<ClassSummary> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().class.create({
        data: { teacherId, name, joinCode: newJoinCode() },
        select: { id: true, name: true, joinCode: true, createdAt: true },
      });
    } catch (e) {
      const codeTaken = e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
      if (!codeTaken || attempt >= 5) throw e;
    }
  }
}
