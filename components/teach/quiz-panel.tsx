import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cardHref, type ClassDashboard } from '@/lib/db/class-dashboard';

const LINK = 'text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300';

/** Most-missed quiz items and the confidently wrong answers of certainty-based marking. */
export async function QuizPanel({ quiz }: { quiz: ClassDashboard['quiz'] }) {
  const t = await getTranslations('teach');
  if (!quiz.items.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('noQuiz')}</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="quiz-missed" className="grid content-start gap-2">
        <h3 id="quiz-missed" className="font-medium">
          {t('mostMissed')}
        </h3>
        <ol className="grid gap-2">
          {quiz.mostMissed.map((s) => (
            <li key={s.cardId} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
              <Link href={cardHref(s)} className={LINK}>
                {s.label || s.cardId}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {t('missedCount', { wrong: s.wrong, answered: s.answered, percent: s.missedPercent })}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="quiz-confident" className="grid content-start gap-2">
        <h3 id="quiz-confident" className="font-medium">
          {t('confidentlyWrong')}
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('confidentlyWrongHint')}</p>
        {quiz.confidentlyWrong.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('noConfident')}</p>
        ) : (
          <ol className="grid gap-2">
            {quiz.confidentlyWrong.map((s) => (
              <li key={s.cardId} className="rounded-md border border-rose-200 px-3 py-2 dark:border-rose-900">
                <Link href={cardHref(s)} className={LINK}>
                  {s.label || s.cardId}
                </Link>
                <p className="text-xs text-rose-800 dark:text-rose-300">{t('confidentCount', { count: s.confidentlyWrong })}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
