/** Grading a prediction from whether it was right and how sure the learner was. Pure; see ./README.md. */
import type { Grade } from '@/lib/srs';

export type Confidence = 'low' | 'medium' | 'high';

/**
 * right + high → 5, right + medium/none → 4, right + low → 3,
 * wrong + low → 2, wrong + medium/none → 1, wrong + high → 0:
 * a confident wrong prediction is the most useful lapse, so it gets the lowest grade.
 */
export function gradePrediction(correct: boolean, confidence?: Confidence | null): Grade {
  if (correct) return confidence === 'high' ? 5 : confidence === 'low' ? 3 : 4;
  return confidence === 'high' ? 0 : confidence === 'low' ? 2 : 1;
}

/**
 * Whether a prediction was right. With a metric (a numeric prediction) the measured
 * value must lie within the tolerance; otherwise the chosen option must be the
 * outcome the answer rule decided from the measurements.
 */
export function predictionCorrect(
  prediction: string,
  outcome: string,
  metrics: Record<string, number>,
  spec?: { metric?: string; tolerance?: number },
): boolean {
  if (spec?.metric) {
    const measured = metrics[spec.metric];
    const guess = Number(prediction);
    return measured !== undefined && Number.isFinite(guess) && Math.abs(guess - measured) <= (spec.tolerance ?? 0);
  }
  return prediction === outcome;
}
