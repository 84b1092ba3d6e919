/**
 * The review session's data contract between the server (app/(app)/review/actions.ts)
 * and the client session (components/review). Plain JSON: dates are ISO strings.
 */
import type { CardType } from '@/lib/content/types';
import type { Params } from '@/lib/experiments/registry';
import type { CardState, Grade, LearningSteps, SessionSummary } from '@/lib/srs';

export type QueueKind = 'new' | 'review' | 'repeat';

export interface SerializedState {
  ef: number;
  interval: number;
  repetitions: number;
  due: string;
  lastReview: string | null;
  lapses: number;
  repeatToday: boolean;
  suspended: boolean;
  buriedUntil: string | null;
  leech: boolean;
  /** Learning-steps mode; absent in states saved before it existed (= null). */
  learningStep?: number | null;
  stepDue?: string | null;
}

export interface ReviewItem {
  cardId: string;
  deckId: string;
  kind: QueueKind;
  type: CardType;
  /** Sanitized HTML (Markdown rendered on the server, KaTeX included). */
  frontHtml: string;
  backHtml: string;
  /** mc: `correct` set; predict: `outcome` set (the run decides which is right). */
  options?: { html: string; text: string; correct?: boolean; outcome?: string }[];
  /** typed: accepted answers, first canonical. */
  answers?: string[];
  predict?: { experiment: string; params: Params; metric?: string; tolerance?: number };
  explanationHtml?: string;
  /** Link to the card's place in its note. */
  noteHref: string;
  headingPath: string[];
  state: SerializedState | null;
  /** Optimistic-concurrency token of the state this item was built from (0 = no state yet). */
  version: number;
  /** ISO: a same-day repeat or a card in a learning step is answerable from this instant (wait until then). */
  dueAt?: string | null;
}

export interface SessionSettings {
  timeZone: string;
  rolloverHour: number;
  gradeScale: 'four' | 'six';
  /** Interval fuzz on: the grade buttons preview the fuzzed interval (seed: lib/review/fuzz-seed.ts). */
  fuzz?: boolean;
  /** Learning-steps mode on: its steps and intervals (previews use them); off = SM-2 as published. */
  learning?: LearningSteps | false;
}

export interface QueueCounts {
  repeat: number;
  review: number;
  new: number;
}

/** What the learner committed and what the run measured, for a predict card. */
export interface PredictRunInput {
  experimentId: string;
  prediction: string;
  confidence?: 'low' | 'medium' | 'high';
  params: Params;
  seed: number;
  metrics: Record<string, number>;
  outcome: string;
  backend?: string;
  durationMs?: number;
}

export interface AnswerInput {
  cardId: string;
  grade: Grade;
  durationMs: number;
  /** Client-generated (crypto.randomUUID()), reused on every retry of this answer. */
  idempotencyKey: string;
  /** When the learner answered, ISO. */
  clientAt: string;
  expectedVersion: number;
  run?: PredictRunInput;
}

export interface AnswerAck {
  reviewId: string;
  cardId: string;
  state: SerializedState;
  version: number;
  /** True when this key had been recorded already: nothing was applied again. */
  duplicate: boolean;
  /**
   * ISO: the card comes back this learning day at this instant (a learning step, or SM-2's
   * same-day repeat 10 min after the answer); null: not again today. Always set by the server.
   */
  dueAt?: string | null;
}

export interface ConflictInfo {
  cardId: string;
  state: SerializedState | null;
  version: number;
}

/** What the session summary loads: the coming days' due counts and the learning day's totals so far. */
export interface SessionForecast {
  days: { day: string; count: number }[];
  today: SessionSummary & { day: string };
}

export const serializeState = (s: CardState): SerializedState => ({
  ef: s.ef,
  interval: s.interval,
  repetitions: s.repetitions,
  due: s.due.toISOString(),
  lastReview: s.lastReview ? s.lastReview.toISOString() : null,
  lapses: s.lapses,
  repeatToday: s.repeatToday,
  suspended: s.suspended,
  buriedUntil: s.buriedUntil ? s.buriedUntil.toISOString() : null,
  leech: s.leech,
  learningStep: s.learningStep,
  stepDue: s.stepDue ? s.stepDue.toISOString() : null,
});

export const deserializeState = (s: SerializedState): CardState => ({
  ...s,
  due: new Date(s.due),
  lastReview: s.lastReview ? new Date(s.lastReview) : null,
  buriedUntil: s.buriedUntil ? new Date(s.buriedUntil) : null,
  learningStep: s.learningStep ?? null,
  stepDue: s.stepDue ? new Date(s.stepDue) : null,
});
