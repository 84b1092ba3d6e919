import 'server-only';
import {
  deckProgress,
  quizProgress,
  DEFAULT_TARGET_RECALL,
  DEFAULT_TARGET_SCORE,
  type AssignmentProgress,
  type AttemptScore,
  type ReviewEvent,
} from '@/lib/classes/progress';
import { attemptItemsSchema } from '@/lib/quiz/definition';
import { summarize } from '@/lib/quiz/results';
import { dayKey, type DayKey } from '@/lib/srs/day';
import { db } from './client';

/**
 * Assignments and the progress on them, computed from the review log and quiz attempts.
 * Only activity while a learner is a member counts: answers since they (last) joined and on
 * or after the start day. Callers check who is asking first (lib/db/class-access.ts).
 */

export type AssignmentKind = 'deck' | 'quiz';

export interface AssignmentView {
  id: string;
  classId: string;
  kind: AssignmentKind;
  deckId: string | null;
  quizId: string | null;
  /** What is assigned: a deck's titles, or a quiz's title (the same in both languages). */
  title: { zh: string; en: string };
  /** Calendar days (YYYY-MM-DD), each learner's own. */
  startDay: DayKey;
  dueDay: DayKey;
  /** 0..1. */
  targetRecall: number;
  targetScore: number;
  archived: boolean;
  createdAt: Date;
}

/** A day key is stored as that date's UTC midnight. */
export const dayOf = (d: Date): DayKey => d.toISOString().slice(0, 10);
export const dateOf = (day: DayKey): Date => new Date(`${day}T00:00:00.000Z`);

export const assignmentSelect = {
  id: true,
  classId: true,
  kind: true,
  deckId: true,
  quizId: true,
  startsAt: true,
  dueAt: true,
  targetRecall: true,
  targetScore: true,
  archivedAt: true,
  createdAt: true,
  deck: { select: { titleZh: true, titleEn: true } },
  quiz: { select: { title: true } },
} as const;

type AssignmentRow = {
  id: string;
  classId: string;
  kind: string;
  deckId: string | null;
  quizId: string | null;
  startsAt: Date;
  dueAt: Date;
  targetRecall: number | null;
  targetScore: number | null;
  archivedAt: Date | null;
  createdAt: Date;
  deck: { titleZh: string; titleEn: string } | null;
  quiz: { title: string } | null;
};

export function toAssignment(r: AssignmentRow): AssignmentView {
  return {
    id: r.id,
    classId: r.classId,
    kind: r.kind === 'quiz' ? 'quiz' : 'deck',
    deckId: r.deckId,
    quizId: r.quizId,
    title: r.deck ? { zh: r.deck.titleZh, en: r.deck.titleEn } : { zh: r.quiz?.title ?? '', en: r.quiz?.title ?? '' },
    startDay: dayOf(r.startsAt),
    dueDay: dayOf(r.dueAt),
    targetRecall: r.targetRecall ?? DEFAULT_TARGET_RECALL,
    targetScore: r.targetScore ?? DEFAULT_TARGET_SCORE,
    archived: r.archivedAt !== null,
    createdAt: r.createdAt,
  };
}

/** A class's assignments, by due day (archived ones only when asked for). */
export async function listClassAssignments(classId: string, includeArchived = false): Promise<AssignmentView[]> {
  const rows = await db().assignment.findMany({
    where: { classId, ...(includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: assignmentSelect,
  });
  return rows.map(toAssignment);
}

interface Learner {
  userId: string;
  joinedAt: Date;
  timeZone: string;
  rolloverHour: number;
}

/** The live cards of a deck. */
async function deckCardIds(deckId: string): Promise<string[]> {
  const rows = await db().deckCard.findMany({ where: { deckId, card: { archivedAt: null } }, select: { cardId: true } });
  return rows.map((r) => r.cardId);
}

/** Each learner's counted answers to `cardIds`: not undone, on or after the start day, since joining. */
async function countedReviews(learners: Learner[], cardIds: string[], startDay: DayKey): Promise<Map<string, ReviewEvent[]>> {
  const out = new Map<string, ReviewEvent[]>(learners.map((l) => [l.userId, []]));
  if (!learners.length || !cardIds.length) return out;
  const joined = new Map(learners.map((l) => [l.userId, l.joinedAt.getTime()]));
  const rows = await db().review.findMany({
    where: { userId: { in: learners.map((l) => l.userId) }, cardId: { in: cardIds }, undoneAt: null, dayKey: { gte: startDay } },
    select: { userId: true, cardId: true, grade: true, serverAt: true, dayKey: true },
  });
  for (const r of rows)
    if (r.serverAt.getTime() >= joined.get(r.userId)!)
      out.get(r.userId)!.push({ cardId: r.cardId, grade: r.grade, at: r.serverAt, dayKey: r.dayKey });
  return out;
}

/** Each learner's finished attempts at a quiz that count, with their plain score (0..1). */
async function countedAttempts(learners: Learner[], quizId: string, startDay: DayKey): Promise<Map<string, AttemptScore[]>> {
  const out = new Map<string, AttemptScore[]>(learners.map((l) => [l.userId, []]));
  if (!learners.length) return out;
  const byUser = new Map(learners.map((l) => [l.userId, l]));
  const rows = await db().quizAttempt.findMany({
    where: { userId: { in: learners.map((l) => l.userId) }, definitionId: quizId, finishedAt: { not: null } },
    select: { userId: true, items: true, certainty: true, finishedAt: true, answers: true },
  });
  for (const r of rows) {
    const l = byUser.get(r.userId)!;
    const finishedAt = r.finishedAt!;
    if (finishedAt < l.joinedAt || dayKey(finishedAt, l.timeZone, l.rolloverHour) < startDay) continue;
    const items = attemptItemsSchema.parse(r.items).map((it, index) => ({ ...it, index }));
    const answers = r.answers.map((a) => ({ ...a, certainty: a.certainty as 1 | 2 | 3 | null }));
    const plain = summarize(items, answers, r.certainty).plain;
    if (plain.total) out.get(r.userId)!.push({ finishedAt, score: plain.correct / plain.total });
  }
  return out;
}

/** Progress of several learners on one assignment. */
async function progressOf(a: AssignmentView, learners: Learner[], now: Date): Promise<Map<string, AssignmentProgress>> {
  const days = (l: Learner) => ({ startDay: a.startDay, dueDay: a.dueDay, today: dayKey(now, l.timeZone, l.rolloverHour) });
  const out = new Map<string, AssignmentProgress>();
  if (a.kind === 'deck' && a.deckId) {
    const cardIds = await deckCardIds(a.deckId);
    const reviews = await countedReviews(learners, cardIds, a.startDay);
    for (const l of learners)
      out.set(l.userId, deckProgress({ ...days(l), cardIds, reviews: reviews.get(l.userId)!, targetRecall: a.targetRecall, now }));
  } else if (a.quizId) {
    const attempts = await countedAttempts(learners, a.quizId, a.startDay);
    for (const l of learners)
      out.set(l.userId, quizProgress({ ...days(l), attempts: attempts.get(l.userId)!, targetScore: a.targetScore }));
  }
  return out;
}

export interface MemberProgress {
  userId: string;
  name: string | null;
  email: string;
  joinedAt: Date;
  progress: AssignmentProgress;
}

/**
 * One row per current member of the assignment's class (left and removed learners are not
 * listed), counting only what they did since they joined. Null for an unknown assignment.
 */
export async function getAssignmentProgress(
  assignmentId: string,
  now = new Date(),
): Promise<{ assignment: AssignmentView; rows: MemberProgress[] } | null> {
  const row = await db().assignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
  if (!row) return null;
  const assignment = toAssignment(row);
  const members = await db().classMember.findMany({
    where: { classId: assignment.classId, leftAt: null },
    orderBy: { joinedAt: 'asc' },
    select: { userId: true, joinedAt: true, user: { select: { name: true, email: true, timeZone: true, rolloverHour: true } } },
  });
  const learners = members.map((m) => ({
    userId: m.userId,
    joinedAt: m.joinedAt,
    timeZone: m.user.timeZone,
    rolloverHour: m.user.rolloverHour,
  }));
  const progress = await progressOf(assignment, learners, now);
  return {
    assignment,
    rows: members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      joinedAt: m.joinedAt,
      progress: progress.get(m.userId)!,
    })),
  };
}

export interface LearnerAssignment {
  assignment: AssignmentView;
  className: string;
  /** Where to do the work: the deck's review session or the quiz. */
  href: string;
  progress: AssignmentProgress;
  /** The learner's own new-card limit for the assigned deck (DeckLimit), if they set one. */
  deckLimit: number | null;
  notStarted: boolean;
}

const statusOrder = { overdue: 0, behind: 1, 'on-track': 2, done: 3 } as const;

/**
 * Today's list: the live assignments of the live classes the learner is a current member
 * of, overdue and behind first, then by due day; done ones last.
 */
export async function getLearnerAssignments(userId: string, now = new Date()): Promise<LearnerAssignment[]> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { timeZone: true, rolloverHour: true } });
  if (!user) return [];
  const memberships = await db().classMember.findMany({
    where: { userId, leftAt: null, class: { archivedAt: null } },
    select: {
      joinedAt: true,
      class: { select: { name: true, assignments: { where: { archivedAt: null }, select: assignmentSelect } } },
    },
  });
  const learner: Learner = { userId, joinedAt: new Date(0), ...user };
  const today = dayKey(now, user.timeZone, user.rolloverHour);
  const limits = new Map(
    (await db().deckLimit.findMany({ where: { userId }, select: { deckId: true, newPerDay: true } })).map((l) => [l.deckId, l.newPerDay]),
  );
  const out: LearnerAssignment[] = [];
  for (const m of memberships)
    for (const row of m.class.assignments) {
      const a = toAssignment(row);
      const progress = (await progressOf(a, [{ ...learner, joinedAt: m.joinedAt }], now)).get(userId);
      if (!progress) continue;
      out.push({
        assignment: a,
        className: m.class.name,
        href: a.kind === 'deck' ? `/review/${encodeURIComponent(a.deckId!)}` : `/quiz/${encodeURIComponent(a.quizId!)}`,
        progress,
        deckLimit: a.deckId ? (limits.get(a.deckId) ?? null) : null,
        notStarted: today < a.startDay,
      });
    }
  return out.sort(
    (x, y) =>
      statusOrder[x.progress.status] - statusOrder[y.progress.status] ||
      x.assignment.dueDay.localeCompare(y.assignment.dueDay) ||
      x.assignment.id.localeCompare(y.assignment.id),
  );
}
