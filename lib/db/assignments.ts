import 'server-only';
import {
  deckProgressFromTally,
  memberStarts,
  quizProgress,
  startInstant,
  weekStart,
  DEFAULT_TARGET_RECALL,
  DEFAULT_TARGET_SCORE,
  EMPTY_TALLY,
  type AssignmentProgress,
} from '@/lib/classes/progress';
import { dayKey, type DayKey } from '@/lib/srs/day';
import {
  countedAttempts,
  deckTallies,
  liveCardCount,
  type CardTally,
  type DayTally,
  type Learner,
  type TallyOptions,
} from './assignment-counts';
import { keptTallies } from './assignment-tally';
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

/**
 * A class's assignments, by due day (archived ones only when asked for). One joined query:
 * the relation load made three, one after another, before a dashboard could start counting.
 */
export async function listClassAssignments(classId: string, includeArchived = false): Promise<AssignmentView[]> {
  type Stamp = Date | string;
  const rows = await db().$queryRaw<
    (Omit<AssignmentRow, 'startsAt' | 'dueAt' | 'archivedAt' | 'createdAt' | 'deck' | 'quiz'> & {
      startsAt: Stamp;
      dueAt: Stamp;
      archivedAt: Stamp | null;
      createdAt: Stamp;
      titleZh: string | null;
      titleEn: string | null;
      quizTitle: string | null;
    })[]
  >`
    select a.id, a."classId", a.kind, a."deckId", a."quizId", a."startsAt", a."dueAt", a."targetRecall", a."targetScore",
      a."archivedAt", a."createdAt", d."titleZh", d."titleEn", q.title as "quizTitle"
    from "Assignment" a
    left join "Deck" d on d.id = a."deckId"
    left join "QuizDefinition" q on q.id = a."quizId"
    where a."classId" = ${classId} and (${includeArchived}::boolean or a."archivedAt" is null)
    order by a."dueAt", a."createdAt"`;
  return rows.map(({ titleZh, titleEn, quizTitle, startsAt, dueAt, archivedAt, createdAt, ...r }) =>
    toAssignment({
      ...r,
      startsAt: new Date(startsAt),
      dueAt: new Date(dueAt),
      archivedAt: archivedAt === null ? null : new Date(archivedAt),
      createdAt: new Date(createdAt),
      deck: titleZh !== null && titleEn !== null ? { titleZh, titleEn } : null,
      quiz: quizTitle !== null ? { title: quizTitle } : null,
    }),
  );
}

/** Progress of several learners on one assignment, and if asked a deck's per-card and per-day tallies. */
async function progressOf(
  a: AssignmentView,
  learners: readonly Learner[],
  now: Date,
  options: TallyOptions = {},
): Promise<{ byLearner: Map<string, AssignmentProgress>; cards: CardTally[]; days: DayTally[] }> {
  // A class mostly shares a handful of clocks: each one's today is worked out once.
  const todays = new Map<string, DayKey>();
  const todayOf = (l: Learner) => {
    const clock = `${l.rolloverHour} ${l.timeZone}`;
    return todays.get(clock) ?? todays.set(clock, dayKey(now, l.timeZone, l.rolloverHour)).get(clock)!;
  };
  const from = memberStarts(learners, [a.startDay]);
  const dated = learners.map((l, i) => {
    const today = todayOf(l);
    return { ...l, today, weekStart: weekStart(today), from: from[i]!.from };
  });
  const days = (l: (typeof dated)[number]) => ({ startDay: a.startDay, dueDay: a.dueDay, today: l.today });
  const out = { byLearner: new Map<string, AssignmentProgress>(), cards: [] as CardTally[], days: [] as DayTally[] };
  if (a.kind === 'deck' && a.deckId) {
    const counted = options.kept
      ? keptTallies(
          {
            assignmentId: a.id,
            deckId: a.deckId,
            classStamp: options.kept.classStamp,
            skipDecks: options.days?.skipDecks ?? [],
            learners: dated,
          },
          { cards: options.cards, days: options.days !== undefined },
        )
      : deckTallies(a.deckId, dated, options);
    const [total, tallies] = await Promise.all([liveCardCount(a.deckId), counted]);
    for (const l of dated)
      out.byLearner.set(
        l.userId,
        deckProgressFromTally(tallies.learners.get(l.userId) ?? EMPTY_TALLY, { ...days(l), total, targetRecall: a.targetRecall }),
      );
    out.cards = tallies.cards;
    out.days = tallies.days;
  } else if (a.quizId) {
    const attempts = await countedAttempts(dated, a.quizId);
    for (const l of dated)
      out.byLearner.set(l.userId, quizProgress({ ...days(l), attempts: attempts.get(l.userId)!, targetScore: a.targetScore }));
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

/** A current member of a class, with what progress needs to know of them (their clock). */
export interface ClassMemberRow extends Learner {
  name: string | null;
  email: string;
}

/** The class's current members (left and removed learners are not listed), first joined first (then by id). */
export async function currentMembers(classId: string): Promise<ClassMemberRow[]> {
  // One joined query: the relation load made two and matched them in Node (a class of 200
  // learners is read on every dashboard load and export).
  const rows = await db().$queryRaw<(Omit<ClassMemberRow, 'joinedAt'> & { joinedAt: Date | string })[]>`
    select m."userId", m."joinedAt", u.name, u.email, u."timeZone", u."rolloverHour"
    from "ClassMember" m
    join "User" u on u.id = m."userId"
    where m."classId" = ${classId} and m."leftAt" is null
    order by m."joinedAt", m."userId"`;
  return rows.map((m) => ({ ...m, joinedAt: new Date(m.joinedAt) }));
}

export interface AssignmentProgressTable {
  assignment: AssignmentView;
  rows: MemberProgress[];
  /** A deck assignment's per-card and per-day tallies, when asked for; empty otherwise. */
  cards: CardTally[];
  days: DayTally[];
}

/**
 * One row per given member, counting only what they did since they joined (the dashboard
 * loads the members once for all of a class's assignments).
 */
export async function membersProgress(
  assignment: AssignmentView,
  members: readonly ClassMemberRow[],
  now: Date,
  options: TallyOptions = {},
): Promise<AssignmentProgressTable> {
  const progress = await progressOf(assignment, members, now, options);
  return {
    assignment,
    rows: members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      joinedAt: m.joinedAt,
      progress: progress.byLearner.get(m.userId)!,
    })),
    cards: progress.cards,
    days: progress.days,
  };
}

/**
 * One row per current member of the assignment's class (left and removed learners are not
 * listed), counting only what they did since they joined. Null for an unknown assignment.
 */
export async function getAssignmentProgress(assignmentId: string, now = new Date()): Promise<AssignmentProgressTable | null> {
  const row = await db().assignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
  if (!row) return null;
  const assignment = toAssignment(row);
  return membersProgress(assignment, await currentMembers(assignment.classId), now);
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
  const limits = new Map(
    (await db().deckLimit.findMany({ where: { userId }, select: { deckId: true, newPerDay: true } })).map((l) => [l.deckId, l.newPerDay]),
  );
  const out: LearnerAssignment[] = [];
  for (const m of memberships)
    for (const row of m.class.assignments) {
      const a = toAssignment(row);
      const progress = (await progressOf(a, [{ ...learner, joinedAt: m.joinedAt }], now)).byLearner.get(userId);
      if (!progress) continue;
      out.push({
        assignment: a,
        className: m.class.name,
        href: a.kind === 'deck' ? `/review/${encodeURIComponent(a.deckId!)}` : `/quiz/${encodeURIComponent(a.quizId!)}`,
        progress,
        deckLimit: a.deckId ? (limits.get(a.deckId) ?? null) : null,
        // The same start as what counts: the start date's midnight on the learner's clock.
        notStarted: now < startInstant(a.startDay, user.timeZone),
      });
    }
  return out.sort(
    (x, y) =>
      statusOrder[x.progress.status] - statusOrder[y.progress.status] ||
      x.assignment.dueDay.localeCompare(y.assignment.dueDay) ||
      x.assignment.id.localeCompare(y.assignment.id),
  );
}
