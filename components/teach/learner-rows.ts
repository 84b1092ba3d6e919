/**
 * Turns the dashboard's learner data into the table's compact rows, on the server: raw values
 * (numbers, epoch ms, statuses, null) in the columns' order. The client table formats them with
 * the table's CellFormat (locale, time zone, labels), sent once per table.
 */
import type { LearnerRow } from '@/lib/db/class-dashboard';
import type { MemberProgress } from '@/lib/db/assignments';
import type { CellValue, LearnerRef, LearnerTableColumn } from './learner-table-model';

export { STATUSES } from './learner-table-model';

type T = (key: string, values?: Record<string, string | number>) => string;

const time = (d: Date | null) => (d ? d.getTime() : null);

/**
 * The class's learners, in the dashboard's order (every table's rows are in it), once: the
 * page passes this one array to each table.
 */
export function learnerRefs(learners: readonly Pick<LearnerRow, 'userId' | 'name' | 'email'>[]): LearnerRef[] {
  return learners.map((r) => {
    const name = r.name?.trim();
    return name ? { id: r.userId, name, email: r.email } : { id: r.userId, email: r.email };
  });
}

export function classColumns(t: T): LearnerTableColumn[] {
  return [
    { key: 'status', header: t('col.status'), kind: 'status' },
    { key: 'done', header: t('col.done'), kind: 'ratio' },
    { key: 'seen', header: t('col.seen'), kind: 'ratio' },
    { key: 'reviews7d', header: t('col.reviews7d'), kind: 'count' },
    { key: 'quizBest', header: t('col.quizBest'), kind: 'percent' },
    { key: 'quizLatest', header: t('col.quizLatest'), kind: 'percent' },
    { key: 'lastActive', header: t('col.lastActive'), kind: 'date' },
  ];
}

/** In classColumns' order, a row per learner. */
export function classValues(learners: readonly LearnerRow[]): CellValue[][] {
  return learners.map((l) => [
    l.status,
    [l.done, l.assignments],
    [l.seen, l.total],
    l.reviews7d,
    l.quizBest,
    l.quizLatest,
    time(l.lastActive),
  ]);
}

export function assignmentColumns(kind: 'deck' | 'quiz', t: T): LearnerTableColumn[] {
  if (kind === 'quiz')
    return [
      { key: 'status', header: t('col.status'), kind: 'status' },
      { key: 'best', header: t('col.quizBest'), kind: 'percent' },
      { key: 'latest', header: t('col.quizLatest'), kind: 'percent' },
      { key: 'attempts', header: t('col.attempts'), kind: 'count' },
      { key: 'lastActive', header: t('col.lastActive'), kind: 'date' },
    ];
  return [
    { key: 'status', header: t('col.status'), kind: 'status' },
    { key: 'seen', header: t('col.seen'), kind: 'ratio' },
    { key: 'recall', header: t('col.recall'), kind: 'percent' },
    { key: 'reviews7d', header: t('col.reviews7d'), kind: 'count' },
    { key: 'suggested', header: t('col.suggested'), kind: 'count' },
    { key: 'lastActive', header: t('col.lastActive'), kind: 'date' },
  ];
}

/** In assignmentColumns' order for the assignment's kind, a row per learner. */
export function assignmentValues(rows: readonly MemberProgress[]): CellValue[][] {
  return rows.map(({ progress: p }): CellValue[] =>
    p.kind === 'quiz'
      ? [p.status, p.best, p.latest, p.attempts, time(p.lastActive)]
      : [p.status, [p.seen, p.total], p.recall, p.reviews7d, p.suggestedPerDay, time(p.lastActive)],
  );
}
