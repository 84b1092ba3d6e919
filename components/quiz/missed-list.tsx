import { getTranslations } from 'next-intl/server';
import { Html } from '@/components/review/html';
import type { Missed } from '@/lib/quiz/results';
import type { QuizFeedback, QuizItemView } from '@/lib/quiz/views';

/** Every missed item with the right answer, the explanation and its note; misconceptions come first (the caller sorts). */
export async function MissedList({
  missed,
  items,
  feedback,
}: {
  missed: Missed[];
  items: Map<number, QuizItemView>;
  feedback: Map<number, QuizFeedback>;
}) {
  const t = await getTranslations('quiz');
  const why = { wrong: null, late: t('results.late'), unanswered: t('results.unanswered'), didnt: t('results.didnt') } as const;
  return (
    <ol className="grid gap-3">
      {missed.map((m) => {
        const item = items.get(m.index);
        const f = feedback.get(m.index);
        return (
          <li
            key={m.index}
            className={`grid break-inside-avoid gap-2 rounded-lg border p-3 ${
              m.misconception ? 'border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950/30' : 'border-slate-200 dark:border-slate-800'
            }`}
          >
            <p className="flex flex-wrap gap-2 text-sm font-medium">
              <span>{t('results.question', { n: m.index + 1 })}</span>
              {m.misconception && (
                <span className="rounded bg-red-700 px-2 text-white dark:bg-red-300 dark:text-red-950">{t('results.misconception')}</span>
              )}
              {why[m.why] && <span className="text-slate-700 dark:text-slate-300">{why[m.why]}</span>}
            </p>
            {item && <Html html={item.frontHtml} className="[overflow-wrap:anywhere]" />}
            {f?.given && m.why !== 'didnt' && (
              <p className="text-sm [overflow-wrap:anywhere]">{t('take.yourAnswer', { given: f.given })}</p>
            )}
            {f?.answerHtml && (
              <div className="text-sm">
                <p className="font-medium">{t('take.rightAnswer')}</p>
                <Html html={f.answerHtml} />
              </div>
            )}
            {f?.explanationHtml && (
              <div className="rounded bg-slate-50 p-2 text-sm dark:bg-slate-800/60">
                <p className="font-medium">{t('take.explanation')}</p>
                <Html html={f.explanationHtml} />
              </div>
            )}
            {f && (
              <a href={f.noteHref} className="text-sm text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                {t('take.openNote')}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}
