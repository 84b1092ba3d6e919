import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { quizTitler } from '@/components/quiz/titles';
import { buttonClass } from '@/components/ui/field';
import { requirePageUser } from '@/lib/auth/session';
import { attemptResults } from '@/lib/db/quiz-review';
import { listDefinitions, recentAttempts } from '@/lib/db/quizzes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quiz'))('title') };
}

export default async function QuizPage() {
  const user = await requirePageUser();
  const [t, format, defs, attempts, title] = await Promise.all([
    getTranslations('quiz'),
    getFormatter(),
    listDefinitions(user.id),
    recentAttempts(user.id),
    quizTitler(),
  ]);
  const groups = [
    { key: 'mine', defs: defs.filter((d) => d.mine) },
    { key: 'taken', defs: defs.filter((d) => !d.mine && d.ownerId !== null) },
    { key: 'starter', defs: defs.filter((d) => d.ownerId === null) },
  ] as const;
  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
        </div>
        <Link href="/quiz/new" className={buttonClass}>
          {t('new')}
        </Link>
      </div>
      {groups.map((g) =>
        g.defs.length === 0 && g.key !== 'mine' ? null : (
          <section key={g.key} aria-labelledby={`quiz-${g.key}`} className="flex flex-col gap-2">
            <h2 id={`quiz-${g.key}`} className="text-lg font-semibold">
              {t(g.key)}
            </h2>
            {g.defs.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">{t('none')}</p>
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {g.defs.map((d) => (
                  <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
                    <Link
                      href={`/quiz/${encodeURIComponent(d.id)}`}
                      className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                    >
                      {title(d)}
                    </Link>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {t('questions', { count: d.spec.count })} ·{' '}
                      {d.spec.timeLimit ? t('minutes', { count: d.spec.timeLimit }) : t('noLimit')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ),
      )}
      <section aria-labelledby="quiz-history" className="flex flex-col gap-2">
        <h2 id="quiz-history" className="text-lg font-semibold">
          {t('history')}
        </h2>
        {attempts.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noHistory')}</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {attempts.map(({ attempt, definition, answers }) => {
              const r = attemptResults(attempt, answers);
              const date = format.dateTime(attempt.startedAt, { dateStyle: 'medium', timeStyle: 'short' });
              const href = attempt.finishedAt
                ? `/quiz/${encodeURIComponent(attempt.definitionId)}/results?attempt=${encodeURIComponent(attempt.id)}`
                : `/quiz/${encodeURIComponent(attempt.definitionId)}/take`;
              return (
                <li key={attempt.id}>
                  <Link href={href} className="text-indigo-700 hover:underline dark:text-indigo-300">
                    {title(definition)}
                  </Link>{' '}
                  <span className="text-slate-700 dark:text-slate-300">
                    {attempt.finishedAt
                      ? r.cbm
                        ? t('attemptLineCbm', { date, pct: r.plain.pct ?? 0, cbm: r.cbm.total })
                        : t('attemptLine', { date, pct: r.plain.pct ?? 0 })
                      : `${date}: ${t('inProgress')}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
