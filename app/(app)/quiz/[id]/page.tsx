import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ShareLink } from '@/components/quiz/share-link';
import { StartButton } from '@/components/quiz/start-button';
import { quizTitler } from '@/components/quiz/titles';
import { AttemptTrend } from '@/components/quiz/attempt-trend';
import { requirePageUser } from '@/lib/auth/session';
import { attemptResults } from '@/lib/db/quiz-review';
import { attemptHistory, getDefinition } from '@/lib/db/quizzes';
import { trendPoint } from '@/lib/quiz/results';
import { startQuiz } from '../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const def = await getDefinition(decodeURIComponent((await params).id));
  return { title: def ? (await quizTitler())(def) : (await getTranslations('quiz'))('title') };
}

export default async function QuizDefinitionPage({ params }: Props) {
  const user = await requirePageUser();
  const id = decodeURIComponent((await params).id);
  const def = await getDefinition(id);
  if (!def) notFound();
  const [t, title, history] = await Promise.all([getTranslations('quiz'), quizTitler(), attemptHistory(user.id, def.id)]);
  const open = history.find((h) => !h.attempt.finishedAt);
  const finished = history.filter((h) => h.attempt.finishedAt);
  const points = finished.map((h, i) => trendPoint(i + 1, attemptResults(h.attempt, h.answers)));
  const latest = finished.at(-1);
  const base = `/quiz/${encodeURIComponent(def.id)}`;
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{title(def)}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          {t('questions', { count: def.spec.count })} · {def.spec.timeLimit ? t('minutes', { count: def.spec.timeLimit }) : t('noLimit')} ·{' '}
          {def.spec.certainty ? t('certaintyOn') : t('certaintyOff')}
        </p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{def.spec.forms.map((f) => t(`form.${f}`)).join(' · ')}</p>
      </div>
      <StartButton definitionId={def.id} resume={Boolean(open)} startQuiz={startQuiz} />
      <ShareLink path={base} />
      <section aria-labelledby="quiz-history" className="flex flex-col gap-3">
        <h2 id="quiz-history" className="text-lg font-semibold">
          {t('history')}
        </h2>
        {finished.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noHistory')}</p>
        ) : (
          <>
            <AttemptTrend points={points} />
            {latest && (
              <Link
                href={`${base}/results?attempt=${encodeURIComponent(latest.attempt.id)}`}
                className="text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {t('definition.results')}
              </Link>
            )}
          </>
        )}
      </section>
    </section>
  );
}
