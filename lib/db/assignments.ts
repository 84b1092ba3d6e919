import 'server-only';
import {
  deckProgressFromTally,
  quizProgress,
  DEFAULT_TARGET_RECALL,
  DEFAULT_TARGET_SCORE,
  EMPTY_TALLY,
  RECENT_MS,
  type AssignmentProgress,
  type AttemptScore,
  type DeckTally,
} from '@/lib/classes/progress';
import { attemptItemsSchema } from '@/lib/quiz/definition';
import { summarize } from '@/lib/quiz/results';
import { dayKey, type DayKey } from '@/lib/srs/day';
import { db } from './client';
import { Prisma } from './generated/client';
import { passedSql } from './recall-sql';

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

/** How many live cards a deck has. */
const liveCardCount = (deckId: string) => db().deckCard.count({ where: { deckId, card: { archivedAt: null } } });

/** One row per learner who answered a card of the deck: the DeckTally of lib/classes/progress, counted in SQL. */
type TallyRow = Omit<DeckTally, 'lastActive'> & { userId: string; lastActive: Date | string | null };

/**
 * Each learner's tally on a deck's live cards, grouped in the database (a class of 200 with
 * 100k reviews must not travel to Node row by row). Counted: not undone, on or after the start
 * day, at or after the learner's `joinedAt`. The learners come with their own `today`, so
 * "first answered today" follows each one's clock (lib/srs/day), not the database's.
 */
async function deckTallies(
  deckId: string,
  startDay: DayKey,
  learners: readonly (Learner & { today: DayKey })[],
  now: Date,
): Promise<Map<string, DeckTally>> {
  const out = new Map<string, DeckTally>();
  if (!learners.length) return out;
  const iso = (d: Date) => d.toISOString();
  // One pass, grouped by learner. A card first answered today is one answered on or before
  // today but not before it: the difference of two distinct counts.
  const rows = await db().$queryRaw<TallyRow[]>`
    with learner ("userId", "joinedAt", today) as (
      values ${Prisma.join(learners.map((l) => Prisma.sql`(${l.userId}::text, ${iso(l.joinedAt)}::timestamp, ${l.today}::text)`))}
    )
    select r."userId", count(distinct r."cardId")::int as seen, count(*)::int as answers,
      (count(*) filter (where ${passedSql(Prisma.sql`r.grade`)}))::int as passed,
      (count(*) filter (where r."serverAt" > ${iso(new Date(now.getTime() - RECENT_MS))}::timestamp
        and r."serverAt" <= ${iso(now)}::timestamp))::int as "reviews7d",
      max(r."serverAt") as "lastActive",
      (count(distinct r."cardId") filter (where r."dayKey" <= l.today)
        - count(distinct r."cardId") filter (where r."dayKey" < l.today))::int as "newToday"
    from "Review" r
    join learner l on l."userId" = r."userId"
    join "DeckCard" dc on dc."cardId" = r."cardId" and dc."deckId" = ${deckId}
    join "Card" c on c.id = r."cardId" and c."archivedAt" is null
    where r."undoneAt" is null and r."dayKey" >= ${startDay} and r."serverAt" >= l."joinedAt"
    group by r."userId", l.today`;
  for (const r of rows) out.set(r.userId, { ...r, lastActive: r.lastActive === null ? null : new Date(r.lastActive) });
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
  const dated = learners.map((l) => ({ ...l, today: dayKey(now, l.timeZone, l.rolloverHour) }));
  const days = (l: (typeof dated)[number]) => ({ startDay: a.startDay, dueDay: a.dueDay, today: l.today });
  const out = new Map<string, AssignmentProgress>();
  if (a.kind === 'deck' && a.deckId) {
    const [total, tallies] = await Promise.all([liveCardCount(a.deckId), deckTallies(a.deckId, a.startDay, dated, now)]);
    for (const l of dated)
      out.set(l.userId, deckProgressFromTally(tallies.get(l.userId) ?? EMPTY_TALLY, { ...days(l), total, targetRecall: a.targetRecall }));
  } else if (a.quizId) {
    const attempts = await countedAttempts(learners, a.quizId, a.startDay);
    for (const l of dated) out.set(l.userId, quizProgress({ ...days(l), attempts: attempts.get(l.userId)!, targetScore: a.targetScore }));
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
