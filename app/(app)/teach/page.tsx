import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/session';
import { teacherOverview } from '@/lib/db/class-dashboard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('teach'))('title') };
}

export default async function TeachPage() {
  const user = await requirePageUser();
  const classes = await teacherOverview(user);
  if (!classes) notFound();
  const t = await getTranslations('teach');
  const date = new Intl.DateTimeFormat(await getLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <section className="flex flex-col gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </header>
      {classes.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          {t('noClasses')}{' '}
          <Link href="/classes" className="text-indigo-700 underline dark:text-indigo-300">
            {t('toClasses')}
          </Link>
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id} className="grid gap-1 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <Link href={`/teach/classes/${c.id}`} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                  {c.name}
                </Link>
                {c.archived && (
                  <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                    {t('archived')}
                  </span>
                )}
              </h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t('members', { count: c.members })} · {t('assignments', { count: c.assignments })}
                {c.nextDue && ` · ${t('nextDue', { date: date.format(c.nextDue) })}`}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">{t('joinCode', { code: c.joinCode })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
