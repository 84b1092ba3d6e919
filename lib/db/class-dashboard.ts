import 'server-only';
/**
 * The teacher dashboard's loaders. Each one checks who is asking itself (signed in, a
 * teacher, the class's owner through teacherClass) and returns null otherwise, so a page
 * answers 404 and a route 404 without saying whether the class exists. Progress numbers come
 * from lib/db/assignments.ts (one definition of recall and status); the class-wide
 * aggregates from lib/db/class-insights.ts.
 */
import { cache } from 'react';
import { summarizeLearner, type LearnerSummary } from '@/lib/classes/learner-summary';
import { memberStarts } from '@/lib/classes/progress';
import { aggregateMisconceptions, type CardMisconception, type PredictCardInfo } from '@/lib/classes/misconceptions';
import { plainText } from '@/lib/classes/plain-text';
import { confidentlyWrong, mostMissed, quizItemStats, type QuizItemStat } from '@/lib/classes/quiz-items';
import { getExperimentSpec } from '@/lib/experiments/registry';
import { db } from './client';
import { currentMembers, listClassAssignments, membersProgress, type AssignmentView, type MemberProgress } from './assignments';
import type { CardTally, DayTally, TallyOptions } from './assignment-counts';
import { teacherClass, type TeacherClass } from './class-access';
import { classPredictRunGroups, classQuizAnswerGroups } from './class-insights';
import type { AppUser } from './users';

type Viewer = Pick<AppUser, 'id' | 'role'> | null;

/**
 * The class if the viewer is a teacher and owns it, else null. Once per request (React's
 * cache, keyed on the arguments): the page's title and the page itself both ask.
 */
export const dashboardClass = cache(classOfTeacher);
async function classOfTeacher(viewer: Viewer, classId: string): Promise<TeacherClass | null> {
  if (!viewer || viewer.role !== 'teacher') return null;
  return teacherClass(viewer.id, classId);
}

export interface CardRef {
  cardId: string;
  /** The card's front as plain text. */
  label: string;
  topic: string;
  noteTitle: string;
  groupId: string;
}

/** The card inside its note (the note page anchors every card group). */
export const cardHref = (c: Pick<CardRef, 'topic' | 'cardId'>) =>
  `/notes/${encodeURIComponent(c.topic)}#card-${encodeURIComponent(c.cardId)}`;
export const noteHref = (c: Pick<CardRef, 'topic'>) => `/notes/${encodeURIComponent(c.topic)}`;

export interface CardStat extends CardRef {
  reviews: number;
  passed: number;
  learners: number;
  /** passed / reviews (0..1), null when nobody answered it. */
  recall: number | null;
}

export interface LearnerRow extends LearnerSummary {
  name: string | null;
  email: string;
  joinedAt: Date;
}

export interface ClassDashboard {
  class: TeacherClass;
  learners: LearnerRow[];
  assignments: { assignment: AssignmentView; rows: MemberProgress[] }[];
  /** Every assigned card, weakest first (cards nobody answered last). */
  cards: CardStat[];
  recallByDay: DayTally[];
  quiz: { items: (QuizItemStat & CardRef)[]; mostMissed: (QuizItemStat & CardRef)[]; confidentlyWrong: (QuizItemStat & CardRef)[] };
  misconceptions: CardMisconception[];
}

const RECALL_DAYS = 60;

interface CardData {
  options?: { outcome?: string; text: string }[];
  predict?: { experiment: string };
}

/**
 * The live cards of the given decks, deck by deck in deck order, with their note's title;
 * `data` only for predict cards (the misconceptions read their options). One query: a
 * dashboard labels every assigned card on every load.
 */
const assignedCards = (deckIds: readonly string[]) =>
  db().$queryRaw<{ id: string; front: string; topic: string; groupId: string; type: string; data: unknown; noteTitle: string }[]>`
    select c.id, c.front, c.topic, c."groupId", c.type, case when c.type = 'predict' then c.data end as data, n.title as "noteTitle"
    from "DeckCard" dc
    join "Card" c on c.id = dc."cardId" and c."archivedAt" is null
    join "Note" n on n.topic = c.topic
    where dc."deckId" = any(${[...deckIds]}::text[])
    order by dc."deckId", dc.position`;

/** How the dashboard names a card: its front as plain text, and where it lives. */
const cardRef = (c: { id: string; front: string; topic: string; groupId: string; noteTitle: string }): CardRef => ({
  cardId: c.id,
  label: plainText(c.front),
  topic: c.topic,
  noteTitle: c.noteTitle,
  groupId: c.groupId,
});

/**
 * How the dashboard counts each of a class's assignments: per card and per day, from its kept
 * tally. Class-wide, each card counts once, from the earliest start that covers it: that window
 * holds every later one's answers. So each deck assignment counts the days of the cards that no
 * deck assignment before it (by start day, then list order) has, and the kept tallies are
 * stamped with that order.
 */
export function dashboardTallies(assignments: readonly AssignmentView[]): (a: AssignmentView) => Omit<TallyOptions, 'cards'> {
  const byStart = assignments.filter((a) => a.kind === 'deck' && a.deckId).sort((x, y) => x.startDay.localeCompare(y.startDay));
  const classStamp = byStart.map((a) => `${a.id} ${a.deckId} ${a.startDay}`).join('\n');
  return (a) => ({ days: { skipDecks: byStart.slice(0, byStart.indexOf(a)).map((x) => x.deckId!) }, kept: { classStamp } });
}

/**
 * Brings the kept tallies of these classes' deck assignments up to date now, so that the
 * teacher's next dashboard load does not pay for it: a new, edited or archived assignment, or a
 * deck saved with other cards, rebuilds a class's tallies from the log (about a second for a
 * class of 200 with 100k answers). Called after the response, by the actions that change them.
 */
async function refreshKeptTallies(classIds: readonly string[], now = new Date()): Promise<void> {
  for (const classId of new Set(classIds)) {
    const [assignments, members] = await Promise.all([listClassAssignments(classId), currentMembers(classId)]);
    const tallyOptions = dashboardTallies(assignments);
    for (const a of assignments) if (a.kind === 'deck' && a.deckId) await membersProgress(a, members, now, tallyOptions(a));
  }
}

/**
 * refreshKeptTallies for the classes a change touched: a class, an assignment's class, or the
 * live classes that assign a deck. For `after()` in actions: a failure is logged, never thrown
 * (the next dashboard load brings the tallies up to date itself).
 */
export async function refreshKeptTalliesFor(change: { classId: string } | { assignmentId: string } | { deckId: string }): Promise<void> {
  try {
    const classIds =
      'classId' in change
        ? [change.classId]
        : (
            await db().assignment.findMany({
              where:
                'assignmentId' in change
                  ? { id: change.assignmentId }
                  : { deckId: change.deckId, archivedAt: null, class: { archivedAt: null } },
              select: { classId: true },
              distinct: ['classId'],
            })
          ).map((r) => r.classId);
    await refreshKeptTallies(classIds);
  } catch (e) {
    console.error('[tally] refreshing kept tallies failed:', e instanceof Error ? e.message : e);
  }
}

/** Everything /teach/classes/[id] shows, or null for anyone but the class's teacher. */
export async function classDashboard(viewer: Viewer, classId: string, now = new Date()): Promise<ClassDashboard | null> {
  const cls = await dashboardClass(viewer, classId);
  if (!cls) return null;
  const since = new Date(now.getTime() - RECALL_DAYS * 86_400_000).toISOString().slice(0, 10);
  const [assignments, members] = await Promise.all([listClassAssignments(classId), currentMembers(classId)]);
  const deckIds = assignments.flatMap((a) => (a.kind === 'deck' && a.deckId ? [a.deckId] : []));
  const tallyOptions = dashboardTallies(assignments);
  const starts = memberStarts(
    members,
    assignments.map((a) => a.startDay),
  );
  const [progress, runGroups, answers, deckCards] = await Promise.all([
    Promise.all(assignments.map((a) => membersProgress(a, members, now, { cards: true, ...tallyOptions(a) }))),
    classPredictRunGroups(classId, starts),
    classQuizAnswerGroups(classId, starts),
    assignedCards(deckIds),
  ]);

  const itemStats = quizItemStats(answers);
  const refs = new Map<string, CardRef>();
  const predictCards: PredictCardInfo[] = [];
  for (const c of deckCards) {
    if (refs.has(c.id)) continue;
    refs.set(c.id, cardRef(c));
    const data = (c.data ?? {}) as CardData;
    if (c.type === 'predict' && data.predict)
      predictCards.push({
        cardId: c.id,
        question: plainText(c.front, 200),
        experimentId: data.predict.experiment,
        options: (data.options ?? []).flatMap((o) => (o.outcome ? [{ outcome: o.outcome, text: plainText(o.text, 120) }] : [])),
        topic: c.topic,
        groupId: c.groupId,
      });
  }
  // Quiz items may come from decks that are not assigned: label them too.
  const missing = itemStats.map((s) => s.cardId).filter((id) => !refs.has(id));
  if (missing.length) {
    const extra = await db().card.findMany({
      where: { id: { in: missing } },
      select: { id: true, front: true, topic: true, groupId: true, note: { select: { title: true } } },
    });
    for (const { note, ...c } of extra) refs.set(c.id, cardRef({ ...c, noteTitle: note.title }));
  }

  // The same rule per card: the earliest start's tally is the card's.
  const byCard = new Map<string, CardTally>();
  for (const p of [...progress].sort((x, y) => x.assignment.startDay.localeCompare(y.assignment.startDay)))
    for (const t of p.cards) if (!byCard.has(t.cardId)) byCard.set(t.cardId, t);
  const byDay = new Map<string, DayTally>();
  for (const d of progress.flatMap((p) => p.days)) {
    if (d.day < since) continue;
    const sum = byDay.get(d.day) ?? byDay.set(d.day, { day: d.day, reviews: 0, passed: 0 }).get(d.day)!;
    sum.reviews += d.reviews;
    sum.passed += d.passed;
  }
  const assigned = new Set(deckCards.map((c) => c.id));
  const cards: CardStat[] = [...refs.values()]
    .filter((r) => assigned.has(r.cardId))
    .map((r) => {
      const t = byCard.get(r.cardId);
      return {
        ...r,
        reviews: t?.reviews ?? 0,
        passed: t?.passed ?? 0,
        learners: t?.learners ?? 0,
        recall: t?.reviews ? t.passed / t.reviews : null,
      };
    })
    .sort((a, b) => (a.recall ?? 2) - (b.recall ?? 2) || b.reviews - a.reviews || a.cardId.localeCompare(b.cardId));

  const withRef = (s: QuizItemStat) => {
    const r = refs.get(s.cardId);
    return r ? [{ ...s, ...r }] : [];
  };
  // membersProgress keeps the members' order: row i of every assignment is members[i].
  const learners = members.map((m, i) => ({
    ...summarizeLearner(
      m.userId,
      progress.map((p) => p.rows[i]!.progress),
    ),
    name: m.name,
    email: m.email,
    joinedAt: m.joinedAt,
  }));

  return {
    class: cls,
    learners,
    assignments: progress.map(({ assignment, rows }) => ({ assignment, rows })),
    cards,
    recallByDay: [...byDay.values()].sort((x, y) => x.day.localeCompare(y.day)),
    quiz: {
      items: itemStats.flatMap(withRef),
      mostMissed: mostMissed(itemStats).flatMap(withRef),
      confidentlyWrong: confidentlyWrong(itemStats).flatMap(withRef),
    },
    misconceptions: aggregateMisconceptions(predictCards, runGroups),
  };
}

/** The experiment's title for a predict card, in the viewer's language. */
export const experimentTitle = (id: string, locale: string) => {
  const t = getExperimentSpec(id)?.title;
  return t ? (locale === 'en' ? t.en : t.zh) : id;
};

export interface TeacherClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  members: number;
  assignments: number;
  /** The nearest due date of an active assignment that is not past, if any. */
  nextDue: Date | null;
}

/** The /teach list: the viewer's own classes only, with counts from two grouped queries. Null for a non-teacher. */
export async function teacherOverview(viewer: Viewer, now = new Date()): Promise<TeacherClassSummary[] | null> {
  if (!viewer || viewer.role !== 'teacher') return null;
  const classes = await db().class.findMany({
    where: { teacherId: viewer.id },
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, joinCode: true, archivedAt: true },
  });
  const ids = classes.map((c) => c.id);
  const [members, assignments, next] = await Promise.all([
    db().classMember.groupBy({ by: ['classId'], where: { classId: { in: ids }, leftAt: null }, _count: { _all: true } }),
    db().assignment.groupBy({ by: ['classId'], where: { classId: { in: ids }, archivedAt: null }, _count: { _all: true } }),
    db().assignment.groupBy({
      by: ['classId'],
      where: { classId: { in: ids }, archivedAt: null, dueAt: { gte: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`) } },
      _min: { dueAt: true },
    }),
  ]);
  const count = (rows: { classId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.classId === id)?._count._all ?? 0;
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    archived: c.archivedAt !== null,
    members: count(members, c.id),
    assignments: count(assignments, c.id),
    nextDue: next.find((r) => r.classId === c.id)?._min.dueAt ?? null,
  }));
}
