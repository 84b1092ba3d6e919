import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BarList } from '@/components/quiz/bar-list';
import { MissedList } from '@/components/quiz/missed-list';
import { PrintButton } from '@/components/quiz/print-button';
import { ReviewMissedButton } from '@/components/quiz/review-missed-button';
import { quizTitler } from '@/components/quiz/titles';
import { AttemptTrend } from '@/components/quiz/attempt-trend';
import { requirePageUser } from '@/lib/auth/session';
import { quizFeedback, quizItemViews, unansweredFeedback } from '@/lib/db/quiz-items';
import { trendPoint } from '@/lib/quiz/results';
import { attemptResults } from '@/lib/db/quiz-review';
import { attemptHistory, getDefinition } from '@/lib/db/quizzes';
import { reviewMissedAction } from '../../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ attempt?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quiz.results'))('title') };
}

const CERTAINTY = { 1: 'certaintyLow', 2: 'certaintyMid', 3: 'certaintyHigh' } as const;

/** One of the caller's finished attempts (the latest unless `?attempt=` names another of theirs). */
export default async function QuizResultsPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const def = await getDefinition(decodeURIComponent((await params).id));
  if (!def) notFound();
  const wanted = (await searchParams).attempt;
  const [t, title, history] = await Promise.all([getTranslations('quiz'), quizTitler(), attemptHistory(user.id, def.id)]);
  const finished = history.filter((h) => h.attempt.finishedAt);
  // Only the caller's own attempts are in `history`: another learner's id finds nothing here.
  const chosen = finished.find((h) => h.attempt.id === wanted) ?? finished.at(-1);
  const base = `/quiz/${encodeURIComponent(def.id)}`;
  if (!chosen) {
    return (
      <section className="mx-auto flex max-w-3xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('results.title')}</h1>
        <p className="text-slate-600 dark:text-slate-400">{t('results.none')}</p>
        <Link href={base} className="text-indigo-700 hover:underline dark:text-indigo-300">
          {t('results.back')}
        </Link>
      </section>
    );
  }
  const { attempt, answers } = chosen;
  const r = attemptResults(attempt, answers);
  const answeredIdx = new Set(answers.map((a) => a.itemIndex));
  const [views, given, blank] = await Promise.all([
    quizItemViews(attempt.items),
    quizFeedback(attempt.items, answers),
    unansweredFeedback(
      attempt.items,
      r.missed.filter((m) => !answeredIdx.has(m.index)).map((m) => m.index),
    ),
  ]);
  const feedback = new Map([...given, ...blank].map((f) => [f.index, f]));
  const points = finished.map((h, i) => trendPoint(i + 1, h === chosen ? r : attemptResults(h.attempt, h.answers)));
  return (
    <section data-print-page className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{t('results.heading', { title: title(def) })}</h1>
        </div>
        <PrintButton />
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <dt className="text-sm text-slate-700 dark:text-slate-300">{t('results.plain')}</dt>
          <dd className="text-xl font-semibold">
            {t('results.plainValue', { correct: r.plain.correct, total: r.plain.total, pct: r.plain.pct ?? 0 })}
          </dd>
        </div>
        {r.cbm && (
          <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-sm text-slate-700 dark:text-slate-300">{t('results.cbm')}</dt>
            <dd className="text-xl font-semibold">{t('results.cbmValue', { total: r.cbm.total, max: r.cbm.max })}</dd>
          </div>
        )}
      </dl>
      {r.cbm && <p className="text-sm text-slate-700 dark:text-slate-300">{t('results.cbmExplain')}</p>}
      {r.self.total > 0 && <p className="text-sm">{t('results.self', r.self)}</p>}
      {r.cbm && (
        <section aria-labelledby="quiz-calibration" className="grid gap-2">
          <h2 id="quiz-calibration" className="text-lg font-semibold">
            {t('results.calibration')}
          </h2>
          <BarList
            label={t('results.calibration')}
            rows={r.calibration.map((c) => ({
              key: String(c.certainty),
              label: t(`take.${CERTAINTY[c.certainty]}`),
              pct: c.pct,
              detail: c.pct === null ? t('results.calibrationNone') : `${c.pct}% (${c.correct}/${c.total})`,
            }))}
          />
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('results.calibrationHint')}</p>
        </section>
      )}
      <section aria-labelledby="quiz-topics" className="grid gap-2">
        <h2 id="quiz-topics" className="text-lg font-semibold">
          {t('results.byTopic')}
        </h2>
        <BarList
          label={t('results.byTopic')}
          rows={r.byTopic.map((g) => ({ key: g.group, label: g.group, pct: g.pct, detail: `${g.pct ?? 0}% (${g.correct}/${g.total})` }))}
        />
      </section>
      <section aria-labelledby="quiz-missed" className="grid gap-3">
        <h2 id="quiz-missed" className="text-lg font-semibold">
          {t('results.missed')}
        </h2>
        {r.missed.length === 0 ? (
          <p>{t('results.noMissed')}</p>
        ) : (
          <>
            <ReviewMissedButton attemptId={attempt.id} reviewMissed={reviewMissedAction} />
            <MissedList missed={r.missed} items={new Map(views.map((v) => [v.index, v]))} feedback={feedback} />
          </>
        )}
      </section>
      <section aria-labelledby="quiz-history" className="grid gap-2">
        <h2 id="quiz-history" className="text-lg font-semibold">
          {t('history')}
        </h2>
        <AttemptTrend points={points} />
      </section>
      <div className="flex flex-wrap gap-4 print:hidden">
        <Link href={base} className="text-indigo-700 hover:underline dark:text-indigo-300">
          {t('results.back')}
        </Link>
      </div>
    </section>
  );
}
