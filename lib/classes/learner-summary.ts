/**
 * One row per learner for a whole class, folded from their per-assignment progress
 * (lib/classes/progress.ts decides each number; this only combines them). Pure.
 */
import type { AssignmentProgress, AssignmentStatus } from './progress';

export interface LearnerSummary {
  userId: string;
  /** Cards seen / total over the class's deck assignments. */
  seen: number;
  total: number;
  /** Answers in the last 7 days over the class's deck assignments. */
  reviews7d: number;
  lastActive: Date | null;
  /** Best and latest quiz score (0..1) of the most recently due quiz assignment the learner has tried. */
  quizBest: number | null;
  quizLatest: number | null;
  /** The most urgent status over the assignments: overdue, then behind, then on track; done only when all are done. */
  status: AssignmentStatus | null;
  done: number;
  assignments: number;
}

const URGENCY: Record<AssignmentStatus, number> = { overdue: 3, behind: 2, 'on-track': 1, done: 0 };

/** `progress` is in the assignments' order (by due day); each entry is one assignment's progress for this learner. */
export function summarizeLearner(userId: string, progress: readonly AssignmentProgress[]): LearnerSummary {
  const s: LearnerSummary = {
    userId,
    seen: 0,
    total: 0,
    reviews7d: 0,
    lastActive: null,
    quizBest: null,
    quizLatest: null,
    status: null,
    done: 0,
    assignments: progress.length,
  };
  for (const p of progress) {
    if (p.kind === 'deck') {
      s.seen += p.seen;
      s.total += p.total;
      s.reviews7d += p.reviews7d;
    } else if (p.attempts > 0) {
      s.quizBest = p.best;
      s.quizLatest = p.latest;
    }
    if (p.lastActive && (!s.lastActive || p.lastActive > s.lastActive)) s.lastActive = p.lastActive;
    if (p.status === 'done') s.done += 1;
    if (!s.status || URGENCY[p.status] > URGENCY[s.status]) s.status = p.status;
  }
  return s;
}
