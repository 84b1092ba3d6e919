'use client';

import { useTranslations } from 'next-intl';
import { Html } from '@/components/review/html';
import type { QuizFeedback } from '@/lib/quiz/views';

/** After an answer is saved: right or not, the right answer, the explanation and the note. */
export function FeedbackPanel({ feedback }: { feedback: QuizFeedback }) {
  const t = useTranslations('quiz.take');
  const scored = feedback.correct !== null;
  return (
    <div role="status" className="mt-4 grid gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      {feedback.late && <p className="font-medium text-amber-800 dark:text-amber-300">{t('late')}</p>}
      {scored && (
        <p className={`font-semibold ${feedback.correct ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-300'}`}>
          {feedback.correct ? t('correct') : t('wrong')}
          {feedback.score !== null && <span className="ml-2 font-normal">({t('score', { score: feedback.score })})</span>}
        </p>
      )}
      {feedback.close && <p className="text-sm">{t('close')}</p>}
      {feedback.given && feedback.rating === undefined && (
        <p className="text-sm [overflow-wrap:anywhere]">{t('yourAnswer', { given: feedback.given })}</p>
      )}
      {feedback.answerHtml && feedback.rating === undefined && (
        <div>
          <p className="text-sm font-medium">{t('rightAnswer')}</p>
          <Html html={feedback.answerHtml} />
        </div>
      )}
      {feedback.explanationHtml && (
        <div className="rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
          <p className="mb-1 font-medium">{t('explanation')}</p>
          <Html html={feedback.explanationHtml} />
        </div>
      )}
      <p className="text-sm">
        <a href={feedback.noteHref} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
          {t('openNote')}
        </a>
      </p>
    </div>
  );
}
