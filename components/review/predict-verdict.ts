import type { PredictResult } from '@/components/experiments/predict-item';
import { gradePrediction } from '@/lib/quiz/predict';
import type { PredictRunInput } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';

/** What a predict card's run decided: the grade it suggests and the run to save with the answer. */
export interface PredictVerdict {
  correct: boolean;
  grade: Grade;
  run: PredictRunInput;
}

/** The run as the answer carries it, and the grade lib/quiz/predict gives it. */
export function predictVerdict(experimentId: string, r: PredictResult): PredictVerdict {
  return {
    correct: r.correct,
    grade: gradePrediction(r.correct, r.confidence),
    run: {
      experimentId,
      prediction: r.prediction,
      ...(r.confidence ? { confidence: r.confidence } : {}),
      params: r.params,
      seed: r.seed,
      metrics: r.metrics,
      outcome: r.outcome,
      backend: r.backend,
      durationMs: r.ms,
    },
  };
}
