import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LineChart } from '@/components/charts/line-chart';
import { LearnerTable, type LearnerTableLabels } from '@/components/teach/learner-table';
import { assignmentColumns, assignmentValues, classColumns, classValues, learnerRefs, STATUSES } from '@/components/teach/learner-rows';
import { Misconceptions } from '@/components/teach/misconceptions';
import { QuizPanel } from '@/components/teach/quiz-panel';
import { WeakestCards } from '@/components/teach/weakest-cards';
import { requirePageUser } from '@/lib/auth/session';
import { classDashboard, dashboardClass } from '@/lib/db/class-dashboard';
import { daysBetween } from '@/lib/srs/day';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cls = await dashboardClass(await requirePageUser(), (await params).id);
  return { title: cls ? cls.name : (await getTranslations('teach'))('title') };
}

const H2 = 'text-xl font-semibold';

export default async function ClassDashboardPage({ params }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  const d = await classDashboard(user, id);
  if (!d) notFound();
  const t = await getTranslations('teach');
  const locale = await getLocale();
  const tr = t as unknown as Parameters<typeof classColumns>[0];
  const dateFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  // Once per table: the client formats every row's raw values with these.
  const labels = (caption: string): LearnerTableLabels => ({
    caption,
    locale,
    timeZone: user.timeZone,
    none: t('none'),
    never: t('never'),
    learner: t('col.name'),
    filter: t('filter'),
    statusFilter: t('statusFilter'),
    statusAll: t('statusAll'),
    statuses: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    shown: t('shown', { shown: '{shown}', total: '{total}' }),
    noMatch: t('noMatch'),
    previous: t('previous'),
    next: t('next'),
    page: t('page', { page: '{page}', count: '{count}' }),
    pages: t('pages', { table: caption }),
  });
  // One array for every table (their rows are all in the class's order): sent once.
  const learners = learnerRefs(d.learners);
  const today = new Date().toISOString().slice(0, 10);
  const recall = d.recallByDay.map((r) => ({ x: daysBetween(today, r.day), y: Math.round((100 * r.passed) / r.reviews) }));
  const exportHref = (kind: string) => `/api/classes/${encodeURIComponent(d.class.id)}/export?kind=${kind}`;
  const button =
    'inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800';

  return (
    <div className="flex min-w-0 flex-col gap-8">
      <header className="grid gap-2">
        <Link href="/teach" className="text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
          ← {t('allClasses')}
        </Link>
        <h1 className="text-2xl font-bold break-words">{d.class.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('members', { count: d.learners.length })} · {t('joinCode', { code: d.class.joinCode })}
        </p>
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('download')}>
          <a href={exportHref('learners')} download className={button}>
            {t('downloadLearners')}
          </a>
          <a href={exportHref('cards')} download className={button}>
            {t('downloadCards')}
          </a>
        </div>
      </header>

      <section aria-labelledby="learners" className="grid min-w-0 gap-3">
        <h2 id="learners" className={H2}>
          {t('learners')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('learnersHint')}</p>
        {d.learners.length === 0 ? (
          <p>{t('noLearners', { code: d.class.joinCode })}</p>
        ) : d.assignments.length === 0 ? (
          <p>{t('noAssignments')}</p>
        ) : (
          <LearnerTable learners={learners} values={classValues(d.learners)} columns={classColumns(tr)} labels={labels(t('learners'))} />
        )}
      </section>

      {d.learners.length > 0 &&
        d.assignments.map(({ assignment: a, rows }) => {
          const title = locale === 'en' ? a.title.en : a.title.zh;
          return (
            <section key={a.id} aria-labelledby={`a-${a.id}`} className="grid min-w-0 gap-3">
              <h2 id={`a-${a.id}`} className={H2}>
                {t(`kind.${a.kind}`)}: {title}
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t('due', { date: dateFmt.format(new Date(`${a.dueDay}T12:00:00Z`)) })}
              </p>
              <LearnerTable
                learners={learners}
                values={assignmentValues(rows)}
                columns={assignmentColumns(a.kind, tr)}
                labels={labels(title)}
              />
            </section>
          );
        })}

      <section aria-labelledby="recall" className="grid min-w-0 gap-3">
        <h2 id="recall" className={H2}>
          {t('recallChart')}
        </h2>
        <LineChart
          title={t('recallChart')}
          xLabel={t('dayAxis')}
          yLabel={t('recallAxis')}
          series={[{ key: 'recall', label: t('recallSeries'), points: recall }]}
        />
      </section>

      <section aria-labelledby="weakest" className="grid min-w-0 gap-3">
        <h2 id="weakest" className={H2}>
          {t('weakest')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('weakestHint')}</p>
        <WeakestCards cards={d.cards} />
      </section>

      <section aria-labelledby="quiz" className="grid min-w-0 gap-3">
        <h2 id="quiz" className={H2}>
          {t('quiz')}
        </h2>
        <QuizPanel quiz={d.quiz} />
      </section>

      <section aria-labelledby="misconceptions" className="grid min-w-0 gap-3">
        <h2 id="misconceptions" className={H2}>
          {t('misconceptions')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('misconceptionsHint')}</p>
        <Misconceptions items={d.misconceptions} />
      </section>
    </div>
  );
}
