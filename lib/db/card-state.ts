import 'server-only';
import type { CardState } from '@/lib/srs';
import { serializeState } from '@/lib/review/types';
import { Prisma, type CardState as CardStateRow } from './generated/client';

/** A CardState row becomes the scheduler's CardState here, and back. */
export const toCardState = (r: CardStateRow): CardState => ({
  ef: r.ef,
  interval: r.interval,
  repetitions: r.repetitions,
  due: r.due,
  lastReview: r.lastReview,
  lapses: r.lapses,
  repeatToday: r.repeatToday,
  suspended: r.suspended,
  buriedUntil: r.buriedUntil,
  leech: r.leech,
  learningStep: r.learningStep,
  stepDue: r.stepDue,
});

export const stateColumns = (s: CardState) => ({
  ef: s.ef,
  interval: s.interval,
  repetitions: s.repetitions,
  due: s.due,
  lastReview: s.lastReview,
  lapses: s.lapses,
  repeatToday: s.repeatToday,
  suspended: s.suspended,
  buriedUntil: s.buriedUntil,
  leech: s.leech,
  learningStep: s.learningStep,
  stepDue: s.stepDue,
});

/** A review-log row's record of what an answer changed: the state before (for undo) and the key fields after. */
export const stateChangeColumns = (prev: CardState | null, next: CardState, versionAfter: number) => ({
  efBefore: prev?.ef ?? null,
  efAfter: next.ef,
  intervalBefore: prev?.interval ?? null,
  intervalAfter: next.interval,
  dueBefore: prev?.due ?? null,
  dueAfter: next.due,
  stateBefore: prev ? (serializeState(prev) as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
  versionAfter,
});
