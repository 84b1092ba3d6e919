'use client';

import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import type { ChoiceResult } from '@/lib/quiz/choice';
import type { TypedResult } from '@/lib/quiz/typed';
import type { ReviewItem } from '@/lib/review/types';
import { ChoiceOptions } from './choice-options';
import { Html } from './html';
import { PredictPanel, type PredictControl, type PredictVerdict } from './predict-panel';
import { TypedAnswer } from './typed-answer';

const divider = 'my-4 border-t border-dashed border-slate-300 dark:border-slate-700';

/** The card's faces by type: front, the answer controls, and once revealed the back, explanation and note link. */
export function CardFaces({
  item,
  revealed,
  choice,
  typed,
  predict,
}: {
  item: ReviewItem;
  revealed: boolean;
  choice: { multi: boolean; selected: ReadonlySet<number>; result: ChoiceResult | null; onToggle: (i: number) => void };
  typed: { value: string; onChange: (v: string) => void; onSubmit: () => void; onOverride: () => void; result: TypedResult | null };
  predict: { onResult: (v: PredictVerdict) => void; onCommit: () => void; controlRef: Ref<PredictControl> };
}) {
  const t = useTranslations('review');
  // A cloze back is the whole text with the deletion filled in: it replaces the front.
  // PredictItem shows its own question and explanation.
  const showFront = !(item.type === 'cloze' && revealed) && item.type !== 'predict';
  return (
    <div className="min-w-0 text-base [overflow-wrap:anywhere] sm:text-lg">
      {item.headingPath.length > 0 && (
        // Wraps anywhere: a long path of headings (or one long word) must not widen a phone screen.
        <p className="mb-2 text-xs [overflow-wrap:anywhere] text-slate-500 dark:text-slate-400">{item.headingPath.join(' › ')}</p>
      )}
      {showFront && <Html html={item.frontHtml} />}
      {item.type === 'mc' && <ChoiceOptions options={item.options ?? []} {...choice} />}
      {item.type === 'typed' && <TypedAnswer {...typed} />}
      {item.type === 'predict' && <PredictPanel item={item} {...predict} />}
      {revealed && (
        <div aria-label={t('answer')} role="group">
          {item.type !== 'cloze' && item.type !== 'typed' && item.type !== 'predict' && item.backHtml.trim() && <hr className={divider} />}
          {item.type !== 'typed' && item.type !== 'predict' && item.backHtml.trim() && <Html html={item.backHtml} />}
          {item.explanationHtml && item.type !== 'predict' && (
            <div className="mt-4 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
              <p className="mb-1 font-medium text-slate-700 dark:text-slate-300">{t('explanation')}</p>
              <Html html={item.explanationHtml} />
            </div>
          )}
          <p className="mt-4 text-sm">
            <a href={item.noteHref} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
              {t('openNote')}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
