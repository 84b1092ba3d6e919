/** The learner's own data as one zip: reviews (CSV and JSON), card states, quiz attempts, predictions. */

import { strToU8, zipSync } from 'fflate';

export interface LearnerData {
  reviews: Array<Record<string, string | number | boolean | null>>;
  cardStates: unknown[];
  quizAttempts: unknown[];
  predictions: unknown[];
}

const REVIEW_COLUMNS = [
  'id',
  'cardId',
  'grade',
  'kind',
  'origin',
  'durationMs',
  'efBefore',
  'efAfter',
  'intervalBefore',
  'intervalAfter',
  'dueAfter',
  'dayKey',
  'clientAt',
  'serverAt',
  'undoneAt',
];

/** RFC 4180: quote a field holding a comma, quote or line break; a leading =+-@ is prefixed with ' so spreadsheets do not run it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reviewsCsv(rows: LearnerData['reviews']): string {
  return [REVIEW_COLUMNS.join(','), ...rows.map((r) => REVIEW_COLUMNS.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function learnerDataZip(data: LearnerData): Uint8Array {
  const json = (v: unknown) => strToU8(JSON.stringify(v, null, 2));
  return zipSync({
    'reviews.csv': strToU8(reviewsCsv(data.reviews)),
    'reviews.json': json(data.reviews),
    'card-states.json': json(data.cardStates),
    'quiz-attempts.json': json(data.quizAttempts),
    'predictions.json': json(data.predictions),
  });
}
