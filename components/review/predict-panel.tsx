'use client';

import { PredictItem } from '@/components/experiments/predict-item';
import type { ReviewItem } from '@/lib/review/types';
import { Html } from './html';
import { predictVerdict, type PredictVerdict } from './predict-verdict';

export type { PredictVerdict };

/**
 * A predict card: the learner predicts (with a confidence), the experiment runs in a
 * worker, and the run's own rule decides right or wrong. PredictItem shows the question,
 * the run, the verdict and the explanation.
 */
export function PredictPanel({ item, onResult }: { item: ReviewItem; onResult: (v: PredictVerdict) => void }) {
  const spec = item.predict;
  if (!spec) return <Html html={item.frontHtml} />;
  return (
    <PredictItem
      experimentId={spec.experiment}
      params={spec.params}
      question={<Html html={item.frontHtml} />}
      options={(item.options ?? []).flatMap((o) =>
        o.outcome ? [{ outcome: o.outcome, text: <Html html={o.html} className="[&_p]:my-0" /> }] : [],
      )}
      metric={spec.metric}
      tolerance={spec.tolerance}
      explanation={item.explanationHtml ? <Html html={item.explanationHtml} /> : undefined}
      onResult={(r) => onResult(predictVerdict(spec.experiment, r))}
    />
  );
}
