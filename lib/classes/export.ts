/**
 * The dashboard's two CSV exports, as rows: the learner table (one row per learner and
 * assignment) and the per-card statistics. Pure; headers and status words come in already
 * translated, so the file reads in the teacher's language.
 */
import { toCsv, type CsvCell } from './csv';
import type { AssignmentProgress } from './progress';

export interface ExportLearner {
  name: string | null;
  email: string;
}

export interface ExportAssignment {
  title: string;
  kind: 'deck' | 'quiz';
  dueDay: string;
  rows: readonly (ExportLearner & { progress: AssignmentProgress })[];
}

export interface ExportCard {
  cardId: string;
  label: string;
  topic: string;
  reviews: number;
  passed: number;
  learners: number;
  recall: number | null;
  quiz?: { answered: number; wrong: number; confidentlyWrong: number };
}

const percent = (v: number | null): CsvCell => (v === null ? '' : Math.round(v * 100));
const isoDay = (d: Date | null): CsvCell => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '');

export const LEARNER_COLUMNS = [
  'name',
  'email',
  'assignment',
  'kind',
  'due',
  'seen',
  'total',
  'recall',
  'reviews7d',
  'quizBest',
  'quizLatest',
  'lastActive',
  'status',
] as const;

export const CARD_COLUMNS = [
  'card',
  'cardId',
  'note',
  'reviews',
  'passed',
  'recall',
  'learners',
  'quizAnswered',
  'quizWrong',
  'quizConfidentlyWrong',
] as const;

export function learnersCsv(
  assignments: readonly ExportAssignment[],
  header: Record<(typeof LEARNER_COLUMNS)[number], string>,
  words: { status: (s: AssignmentProgress['status']) => string; kind: (k: 'deck' | 'quiz') => string },
): string {
  const rows = assignments.flatMap((a) =>
    a.rows.map((r): CsvCell[] => {
      const p = r.progress;
      const deck = p.kind === 'deck' ? p : null;
      const quiz = p.kind === 'quiz' ? p : null;
      return [
        r.name ?? '',
        r.email,
        a.title,
        words.kind(a.kind),
        a.dueDay,
        deck?.seen ?? null,
        deck?.total ?? null,
        deck ? percent(deck.recall) : null,
        deck?.reviews7d ?? null,
        quiz ? percent(quiz.best) : null,
        quiz ? percent(quiz.latest) : null,
        isoDay(p.lastActive),
        words.status(p.status),
      ];
    }),
  );
  return toCsv(
    LEARNER_COLUMNS.map((c) => header[c]),
    rows,
  );
}

export function cardsCsv(cards: readonly ExportCard[], header: Record<(typeof CARD_COLUMNS)[number], string>): string {
  return toCsv(
    CARD_COLUMNS.map((c) => header[c]),
    cards.map((c) => [
      c.label,
      c.cardId,
      c.topic,
      c.reviews,
      c.passed,
      percent(c.recall),
      c.learners,
      c.quiz?.answered ?? null,
      c.quiz?.wrong ?? null,
      c.quiz?.confidentlyWrong ?? null,
    ]),
  );
}
