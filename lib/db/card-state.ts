import 'server-only';
import type { CardState } from '@/lib/srs';
import type { CardState as CardStateRow } from './generated/client';

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
