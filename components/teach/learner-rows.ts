/**
 * Turns the dashboard's learner data into the table's pre-formatted rows, on the server:
 * the client table gets text to show and values to sort by, and no translation work.
 */
import type { AssignmentStatus } from '@/lib/classes/progress';
import type { LearnerRow } from '@/lib/db/class-dashboard';
import type { MemberProgress } from '@/lib/db/assignments';
import type { Cell, LearnerTableColumn, LearnerTableRow } from './learner-table';

type T = (key: string, values?: Record<string, string | number>) => string;

export interface Formatters {
  t: T;
  date: (d: Date) => string;
  number: (n: number) => string;
}

const TONE: Record<AssignmentStatus, NonNullable<Cell['tone']>> = { done: 'good', 'on-track': 'ok', behind: 'warn', overdue: 'bad' };
const ORDER: Record<AssignmentStatus, number> = { overdue: 0, behind: 1, 'on-track': 2, done: 3 };

export const STATUSES: AssignmentStatus[] = ['overdue', 'behind', 'on-track', 'done'];

function cells(f: Formatters) {
  const none = f.t('none');
  return {
    percent: (v: number | null): Cell => ({ text: v === null ? none : `${Math.round(v * 100)}%`, sort: v }),
    count: (v: number): Cell => ({ text: f.number(v), sort: v }),
    ratio: (a: number, b: number): Cell => ({ text: `${f.number(a)} / ${f.number(b)}`, sort: b ? a / b : null }),
    last: (d: Date | null): Cell => ({ text: d ? f.date(d) : f.t('never'), sort: d ? d.getTime() : null }),
    status: (s: AssignmentStatus | null): Cell =>
      s ? { text: f.t(`status.${s}`), sort: ORDER[s], tone: TONE[s] } : { text: none, sort: null },
  };
}

const who = (r: { name: string | null; email: string }) => r.name?.trim() || r.email;

export function classColumns(t: T): LearnerTableColumn[] {
  return [
    { key: 'status', header: t('col.status') },
    { key: 'done', header: t('col.done'), numeric: true },
    { key: 'seen', header: t('col.seen'), numeric: true },
    { key: 'reviews7d', header: t('col.reviews7d'), numeric: true },
    { key: 'quizBest', header: t('col.quizBest'), numeric: true },
    { key: 'quizLatest', header: t('col.quizLatest'), numeric: true },
    { key: 'lastActive', header: t('col.lastActive') },
  ];
}

export function classRows(learners: readonly LearnerRow[], f: Formatters): LearnerTableRow[] {
  const c = cells(f);
  return learners.map((l) => ({
    id: l.userId,
    learner: who(l),
    email: l.email,
    status: l.status,
    cells: {
      status: c.status(l.status),
      done: c.ratio(l.done, l.assignments),
      seen: c.ratio(l.seen, l.total),
      reviews7d: c.count(l.reviews7d),
      quizBest: c.percent(l.quizBest),
      quizLatest: c.percent(l.quizLatest),
      lastActive: c.last(l.lastActive),
    },
  }));
}

export function assignmentColumns(kind: 'deck' | 'quiz', t: T): LearnerTableColumn[] {
  if (kind === 'quiz')
    return [
      { key: 'status', header: t('col.status') },
      { key: 'best', header: t('col.quizBest'), numeric: true },
      { key: 'latest', header: t('col.quizLatest'), numeric: true },
      { key: 'attempts', header: t('col.attempts'), numeric: true },
      { key: 'lastActive', header: t('col.lastActive') },
    ];
  return [
    { key: 'status', header: t('col.status') },
    { key: 'seen', header: t('col.seen'), numeric: true },
    { key: 'recall', header: t('col.recall'), numeric: true },
    { key: 'reviews7d', header: t('col.reviews7d'), numeric: true },
    { key: 'suggested', header: t('col.suggested'), numeric: true },
    { key: 'lastActive', header: t('col.lastActive') },
  ];
}

export function assignmentRows(rows: readonly MemberProgress[], f: Formatters): LearnerTableRow[] {
  const c = cells(f);
  return rows.map((r): LearnerTableRow => {
    const p = r.progress;
    const base = { id: r.userId, learner: who(r), email: r.email, status: p.status };
    if (p.kind === 'quiz')
      return {
        ...base,
        cells: {
          status: c.status(p.status),
          best: c.percent(p.best),
          latest: c.percent(p.latest),
          attempts: c.count(p.attempts),
          lastActive: c.last(p.lastActive),
        },
      };
    return {
      ...base,
      cells: {
        status: c.status(p.status),
        seen: c.ratio(p.seen, p.total),
        recall: c.percent(p.recall),
        reviews7d: c.count(p.reviews7d),
        suggested: p.suggestedPerDay === null ? { text: f.t('none'), sort: null } : c.count(p.suggestedPerDay),
        lastActive: c.last(p.lastActive),
      },
    };
  });
}
