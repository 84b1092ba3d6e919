import 'server-only';
import type { AssignmentInput } from '@/lib/classes-schema';
import { assignmentSelect, dateOf, toAssignment, type AssignmentView } from './assignments';
import { db } from './client';

/** What a teacher may assign: built-in decks and their own (never another teacher's private deck). */
export async function assignableDecks(teacherId: string): Promise<{ id: string; title: { zh: string; en: string } }[]> {
  const rows = await db().deck.findMany({
    where: { archivedAt: null, OR: [{ ownerId: null }, { ownerId: teacherId }] },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, titleZh: true, titleEn: true },
  });
  return rows.map((r) => ({ id: r.id, title: { zh: r.titleZh, en: r.titleEn } }));
}

/** Quizzes a teacher may assign: their own definitions and the course's starter quizzes. */
export async function assignableQuizzes(teacherId: string): Promise<{ id: string; title: string; mine: boolean }[]> {
  const rows = await db().quizDefinition.findMany({
    where: { OR: [{ ownerId: teacherId }, { ownerId: null }] },
    orderBy: [{ ownerId: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
    select: { id: true, title: true, ownerId: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, mine: r.ownerId === teacherId }));
}

export type SaveAssignmentOutcome =
  { ok: true; assignment: AssignmentView } | { ok: false; error: 'not_found' | 'conflict'; field?: string };

/**
 * Creates or edits an assignment of the teacher's own live class. The deck or quiz must be
 * one the teacher may assign; anything else answers not_found with the field at fault.
 */
export async function saveAssignment(teacherId: string, input: AssignmentInput): Promise<SaveAssignmentOutcome> {
  const cls = await db().class.findFirst({ where: { id: input.classId, teacherId }, select: { archivedAt: true } });
  if (!cls) return { ok: false, error: 'not_found', field: 'classId' };
  if (cls.archivedAt) return { ok: false, error: 'conflict', field: 'classId' };
  const deck = input.kind === 'deck';
  if (deck) {
    const n = await db().deck.count({ where: { id: input.deckId, archivedAt: null, OR: [{ ownerId: null }, { ownerId: teacherId }] } });
    if (!n) return { ok: false, error: 'not_found', field: 'deckId' };
  } else {
    const n = await db().quizDefinition.count({ where: { id: input.quizId, OR: [{ ownerId: null }, { ownerId: teacherId }] } });
    if (!n) return { ok: false, error: 'not_found', field: 'quizId' };
  }
  const data = {
    kind: input.kind,
    deckId: deck ? input.deckId! : null,
    quizId: deck ? null : input.quizId!,
    startsAt: dateOf(input.startDay),
    dueAt: dateOf(input.dueDay),
    targetRecall: deck ? input.target / 100 : null,
    targetScore: deck ? null : input.target / 100,
  };
  if (input.assignmentId) {
    const n = await db().assignment.updateMany({ where: { id: input.assignmentId, classId: input.classId, class: { teacherId } }, data });
    if (n.count !== 1) return { ok: false, error: 'not_found', field: 'assignmentId' };
    const row = await db().assignment.findUniqueOrThrow({ where: { id: input.assignmentId }, select: assignmentSelect });
    return { ok: true, assignment: toAssignment(row) };
  }
  const row = await db().assignment.create({ data: { classId: input.classId, ...data }, select: assignmentSelect });
  return { ok: true, assignment: toAssignment(row) };
}

/** Archives (or brings back) an assignment of the teacher's own class; false when there is none. */
export async function setAssignmentArchived(
  teacherId: string,
  assignmentId: string,
  archived: boolean,
  now = new Date(),
): Promise<boolean> {
  const n = await db().assignment.updateMany({
    where: { id: assignmentId, class: { teacherId } },
    data: { archivedAt: archived ? now : null },
  });
  return n.count === 1;
}

/** The learner's own new-card limit for one deck (DeckLimit); 0 rows removes it. */
export async function setDeckLimit(userId: string, deckId: string, newPerDay: number | null): Promise<boolean> {
  if ((await db().deck.count({ where: { id: deckId, archivedAt: null } })) === 0) return false;
  if (newPerDay === null) await db().deckLimit.deleteMany({ where: { userId, deckId } });
  else
    await db().deckLimit.upsert({
      where: { userId_deckId: { userId, deckId } },
      create: { userId, deckId, newPerDay },
      update: { newPerDay },
    });
  return true;
}

export async function getDeckLimit(userId: string, deckId: string): Promise<number | null> {
  return (
    (await db().deckLimit.findUnique({ where: { userId_deckId: { userId, deckId } }, select: { newPerDay: true } }))?.newPerDay ?? null
  );
}
