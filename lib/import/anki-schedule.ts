/**
 * Anki scheduling → ours. Review cards keep their interval, ease (factor/1000, at least
 * SM-2's 1.3), lapses and due day; due days are counted from the collection's creation
 * (`crt`), learning cards carry an epoch-seconds due. Suspended (queue −1) and buried
 * (−2, −3) are kept; buried cards come back at the learner's next day, as in Anki. New
 * cards stay new: no state, unless suspended or buried, which needs a state to say so.
 * Every answer in `revlog` becomes a Review with origin 'import'.
 */

import { dayKey, dueDate, nextDayStart, startOfDay } from '@/lib/srs/day';
import { MIN_EF, newCardState, type CardState, type Grade } from '@/lib/srs/sm2';
import type { AnkiCard, AnkiRevlog } from './anki-types';

export interface DayOptions {
  timeZone: string;
  rolloverHour: number;
}

const DAY_S = 86_400;

export const efFromFactor = (factor: number): number => (factor > 0 ? Math.max(MIN_EF, Math.round(factor / 10) / 100) : 2.5);

/** Anki ease button (1 again, 2 hard, 3 good, 4 easy) → our four-button grades (1, 3, 4, 5). */
export const gradeFromEase = (ease: number): Grade => (ease <= 1 ? 1 : ease === 2 ? 3 : ease === 3 ? 4 : 5);

/** The start of the learner's day on which an Anki card is due. */
function ankiDue(card: AnkiCard, crt: number, o: DayOptions): Date {
  const due = card.odid ? card.odue : card.due;
  // queue 1 (intraday learning): epoch seconds; review and day-learning: days since crt.
  const seconds = card.queue === 1 || (card.type === 1 && due > 1e9) ? due : crt + due * DAY_S;
  return startOfDay(dayKey(new Date(seconds * 1000), o.timeZone, o.rolloverHour), o.timeZone, o.rolloverHour);
}

/** Successful answers since the last lapse: SM-2's repetition count n. */
function streak(log: readonly AnkiRevlog[]): number {
  let n = 0;
  for (const r of log) if (r.ease > 0) n = r.ease === 1 ? 0 : n + 1;
  return n;
}

export function cardState(
  card: AnkiCard,
  log: readonly AnkiRevlog[],
  crt: number,
  now: Date,
  o: DayOptions,
  leech: boolean,
): CardState | null {
  const suspended = card.queue === -1;
  const buriedUntil = card.queue === -2 || card.queue === -3 ? nextDayStart(now, o.timeZone, o.rolloverHour) : null;
  const answered = log.filter((r) => r.ease > 0);
  if (card.type === 0) {
    if (!suspended && !buriedUntil) return null;
    return { ...newCardState(now), suspended, buriedUntil };
  }
  const last = answered[answered.length - 1];
  const interval = Math.max(0, card.ivl);
  const due = ankiDue(card, crt, o);
  const lastReview = last ? new Date(last.id) : new Date(due.getTime() - interval * DAY_S * 1000);
  return {
    ef: efFromFactor(card.factor),
    interval,
    repetitions: card.type === 2 ? Math.max(interval >= 6 ? 2 : 1, streak(answered)) : 0,
    due,
    lastReview,
    lapses: card.lapses,
    repeatToday: false,
    suspended,
    buriedUntil,
    leech,
    learningStep: null,
    stepDue: null,
  };
}

export interface ImportedReview {
  cardId: string;
  /** `anki:<revlog id>`: unique per answer, so a re-import skips rows it already has. */
  idempotencyKey: string;
  grade: Grade;
  durationMs: number;
  kind: 'new' | 'review' | 'repeat';
  efAfter: number;
  intervalBefore: number;
  intervalAfter: number;
  dueAfter: Date;
  dayKey: string;
  at: Date;
}

/** One card's revlog (in time order) → Review rows; manual reschedules (ease 0) are not answers. */
export function reviewsFor(cardId: string, log: readonly AnkiRevlog[], o: DayOptions): ImportedReview[] {
  const out: ImportedReview[] = [];
  for (const r of log) {
    if (r.ease <= 0) continue;
    const at = new Date(r.id);
    const intervalAfter = Math.max(0, r.ivl);
    out.push({
      cardId,
      idempotencyKey: `anki:${r.id}:${r.cid}`,
      grade: gradeFromEase(r.ease),
      durationMs: Math.max(0, Math.min(r.time, 3_600_000)),
      kind: out.length === 0 ? 'new' : r.type === 1 || r.type === 3 ? 'review' : 'repeat',
      efAfter: efFromFactor(r.factor),
      intervalBefore: Math.max(0, r.lastIvl),
      intervalAfter,
      dueAfter: dueDate(at, intervalAfter, o.timeZone, o.rolloverHour),
      dayKey: dayKey(at, o.timeZone, o.rolloverHour),
      at,
    });
  }
  return out;
}
