import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { FirstRunTour } from '@/components/today/first-run-tour';
import { ForecastBars } from '@/components/today/forecast-bars';
import { Heatmap } from '@/components/stats/heatmap';
import { Stat } from '@/components/today/stat';
import { showTour } from '@/components/today/tour-steps';
import { buttonClass } from '@/components/ui/field';
import { todayOverview } from '@/lib/db/today';
import { requirePageUser } from '@/lib/auth/session';
import { AssignmentCard } from '@/components/today/assignment-card';
import { getLearnerAssignments } from '@/lib/db/assignments';
import { setDeckLimitAction, setTourDoneAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('today'))('title') };
}

export default async function TodayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations('today');
  const locale = await getLocale();
  const user = await requirePageUser();
  const [o, assignments] = await Promise.all([todayOverview(user), getLearnerAssignments(user.id)]);
  const tour = showTour(user.tourDone, (await searchParams).tour);
  const name = user.name || user.email;
  const dueNow = o.due + o.repeats;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const dateFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const asDate = (key: string) => new Date(`${key}T12:00:00Z`);
  return (
    <ClientMessages namespaces={['today']}>
      <div className="flex flex-col gap-8">
        <section className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 id="today-title" tabIndex={-1} className="text-2xl font-bold outline-none">
              {t('title')}
            </h1>
            <p className="mt-1 text-slate-600 dark:text-slate-400">
              {o.reviewedEver ? t('greeting', { name }) : t('greetingNew', { name })}
            </p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {t('dayBoundary', { hour: String(user.rolloverHour).padStart(2, '0'), tz: user.timeZone })}
              {!tour && (
                <>
                  {' · '}
                  <Link href="/?tour=1" className="underline">
                    {t('tour.reopen')}
                  </Link>
                </>
              )}
            </p>
          </div>
          {dueNow + o.newAvailable > 0 ? (
            <Link id="today-start" href="/review" className={`${buttonClass} rounded-lg px-6 py-3 text-lg`}>
              {t('start')}
            </Link>
          ) : (
            <p
              id="today-start"
              role="status"
              className="rounded-lg bg-green-50 px-4 py-3 text-green-800 dark:bg-green-500/10 dark:text-green-300"
            >
              {t('nothingDue')}
            </p>
          )}
        </section>
        {tour && <FirstRunTour done={setTourDoneAction} />}
        {assignments.length > 0 && (
          <section aria-labelledby="today-assignments" className="flex flex-col gap-3">
            <h2 id="today-assignments" className="text-lg font-semibold">
              {t('assignments.title')}
            </h2>
            <div className="grid gap-4 lg:grid-cols-2">
              {assignments.map((item) => (
                <AssignmentCard key={`${item.assignment.id}`} item={item} setDeckLimit={setDeckLimitAction} />
              ))}
            </div>
          </section>
        )}
        <dl id="today-stats" className="grid grid-cols-2 gap-3 rounded-xl md:grid-cols-4">
          <Stat label={t('dueNow')} value={dueNow} />
          <Stat label={t('newAvailable')} value={o.newAvailable} />
          <Stat label={t('reviewedToday')} value={o.reviewedToday} />
          <Stat label={t('streak')} value={t('streakDays', { count: o.streak })} />
        </dl>
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 className="mb-3 font-semibold">{t('heatmap')}</h2>
            <Heatmap
              days={o.heatmap}
              label={t('heatmap')}
              cellLabel={(d) => t('reviewsOn', { count: d.count, day: dateFmt.format(asDate(d.day)) })}
            />
          </section>
          <section className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 className="mb-3 font-semibold">{t('forecast')}</h2>
            <ForecastBars
              days={o.forecast}
              label={t('forecast')}
              dayLabel={(d, i) => (i === 0 ? t('todayShort') : weekday.format(asDate(d.day)))}
            />
          </section>
        </div>
        <section className="rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <h2 className="px-4 pt-4 font-semibold">{t('perDeck')}</h2>
          <p className="px-4 pt-1 text-xs text-slate-600 dark:text-slate-400">{t('perDeckHint')}</p>
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <th scope="col" className="px-4 py-2 font-medium">
                  {t('deck')}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t('due')}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t('new')}
                </th>
              </tr>
            </thead>
            <tbody>
              {o.decks.map((d) => (
                <tr key={d.deckId} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
                  <td className="px-4 py-2">
                    <Link href={`/review/${encodeURIComponent(d.deckId)}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                      {locale === 'en' ? d.titleEn : d.titleZh}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{d.due}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{d.new}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </ClientMessages>
  );
}
