'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { PredictItem, type PredictResult } from '@/components/experiments/predict-item';
import { Html } from '@/components/review/html';
import type { QuizItemView } from '@/lib/quiz/views';
import { QuizOptions } from './quiz-options';
import { RATING_KEYS } from './quiz-keys';
import type { SelfRating } from '@/lib/quiz/grade-item';

export interface ItemInput {
  selected: ReadonlySet<number>;
  text: string;
  revealed: boolean;
  /** A self-rated item's back, loaded from the server when the learner reveals it. */
  backHtml?: string;
}

/** One item's question and answer controls, by form. Locked once the answer is saved. */
export function QuizItem({
  item,
  input,
  locked,
  predictReady,
  onToggle,
  onText,
  onReveal,
  onRate,
  onPredict,
}: {
  item: QuizItemView;
  input: ItemInput;
  locked: boolean;
  /** A predict item waits for the certainty before it may be run. */
  predictReady: boolean;
  onToggle: (i: number) => void;
  onText: (v: string) => void;
  onReveal: () => void;
  onRate: (r: SelfRating) => void;
  onPredict: (r: PredictResult) => void;
}) {
  const t = useTranslations('quiz.take');
  const fieldId = useId();
  return (
    <div className="min-w-0 text-base [overflow-wrap:anywhere] sm:text-lg">
      {item.headingPath.length > 0 && <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{item.headingPath.join(' › ')}</p>}
      {item.form !== 'predict' && <Html html={item.frontHtml} />}
      {item.form === 'mc' && (
        <QuizOptions
          options={item.options ?? []}
          multi={item.multi ?? false}
          selected={input.selected}
          disabled={locked}
          onToggle={onToggle}
        />
      )}
      {(item.form === 'typed' || item.form === 'cloze') && (
        <div className="mt-4 flex flex-col gap-1">
          <label htmlFor={fieldId} className="text-sm font-medium">
            {item.form === 'cloze' ? t('typeBlank') : t('typeAnswer')}
          </label>
          <input
            id={fieldId}
            type="text"
            autoComplete="off"
            autoFocus
            value={input.text}
            readOnly={locked}
            onChange={(e) => onText(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
      )}
      {item.form === 'self' && !input.revealed && (
        <button
          type="button"
          onClick={onReveal}
          aria-keyshortcuts="Space Enter"
          className="mt-4 min-h-11 w-full rounded-lg border-2 border-indigo-600 px-4 py-2 font-medium text-indigo-800 hover:bg-indigo-50 dark:border-indigo-400 dark:text-indigo-200 dark:hover:bg-indigo-950/40"
        >
          {t('reveal')}
        </button>
      )}
      {item.form === 'self' && input.revealed && (
        <>
          <hr className="my-4 border-t border-dashed border-slate-300 dark:border-slate-700" />
          <Html html={input.backHtml ?? ''} />
          {!locked && (
            <fieldset className="mt-4 grid gap-2">
              <legend className="mb-1 text-sm font-medium">{t('rate')}</legend>
              <div className="grid grid-cols-3 gap-2">
                {(Object.keys(RATING_KEYS) as SelfRating[]).map((r) => (
                  <button
                    key={r}
                    type="button"
                    onClick={() => onRate(r)}
                    aria-keyshortcuts={RATING_KEYS[r]}
                    className="flex min-h-11 flex-col items-center justify-center rounded-lg border-2 border-slate-300 px-2 py-1 text-sm font-medium hover:bg-slate-50 sm:flex-row sm:gap-2 dark:border-slate-700 dark:hover:bg-slate-800"
                  >
                    <span>{t(r)}</span>
                    <kbd aria-hidden className="font-mono text-xs text-slate-600 dark:text-slate-300">
                      {RATING_KEYS[r]}
                    </kbd>
                  </button>
                ))}
              </div>
            </fieldset>
          )}
        </>
      )}
      {item.form === 'predict' && !predictReady && (
        <>
          <Html html={item.frontHtml} />
          {!locked && <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">{t('predictFirst')}</p>}
        </>
      )}
      {item.form === 'predict' && item.predict && predictReady && (
        <PredictItem
          experimentId={item.predict.experiment}
          params={item.predict.params}
          question={<Html html={item.frontHtml} />}
          options={item.predict.options.map((o) => ({ outcome: o.outcome, text: <Html html={o.html} className="[&_p]:my-0" /> }))}
          metric={item.predict.metric}
          tolerance={item.predict.tolerance}
          askConfidence={false}
          onResult={onPredict}
        />
      )}
    </div>
  );
}
