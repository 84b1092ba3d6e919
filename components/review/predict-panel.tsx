'use client';

import { useTranslations } from 'next-intl';
import type { PredictRunInput, ReviewItem } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';

/** What a predict card's run decided: the grade it suggests and the run to save with the answer. */
export interface PredictVerdict {
  correct: boolean | null;
  grade: Grade | null;
  run?: PredictRunInput;
}

/** A predict card: the learner predicts, the experiment runs in a worker, the run decides. */
export function PredictPanel({ item, onResult }: { item: ReviewItem; onResult: (v: PredictVerdict) => void }) {
  const t = useTranslations('review');
  return (
    <div className="mt-4 grid gap-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('predict.unavailable')}</p>
      <button type="button" onClick={() => onResult({ correct: null, grade: null })} data-experiment={item.predict?.experiment}>
        {t('showAnswer')}
      </button>
    </div>
  );
}
