'use client';

import type { Ref } from 'react';
import { PredictItem, type PredictControl } from '@/components/experiments/predict-item';
import type { ReviewItem } from '@/lib/review/types';
import { Html } from './html';
import { predictVerdict, type PredictVerdict } from './predict-verdict';

export type { PredictControl, PredictVerdict };

/**
 * A predict card: the learner predicts (with a confidence), the experiment runs in a
 * worker, and the run's own rule decides right or wrong. PredictItem shows the question,
 * the run, the verdict and the explanation.
 */
export function PredictPanel({
  item,
  onResult,
  onCommit,
  controlRef,
}: {
  item: ReviewItem;
  onResult: (v: PredictVerdict) => void;
  onCommit: () => void;
  /** The card runner's keys choose and commit through it. */
  controlRef: Ref<PredictControl>;
}) {
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
      onCommit={onCommit}
      controlRef={controlRef}
    />
  );
}
