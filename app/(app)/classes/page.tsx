import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CreateClassForm } from '@/components/classes/create-class-form';
import { JoinClassForm } from '@/components/classes/join-class-form';
import { getClassesForTeacher } from '@/lib/db/classes';
import { getClassesForLearner } from '@/lib/db/class-members';
import { createClassAction, joinClassAction } from './actions';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('classes'))('title') };
}

const panel = 'rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900';

export default async function ClassesPage() {
  const t = await getTranslations('classes');
  const user = await requirePageUser();
  const [teaching, joined] = await Promise.all([
    user.role === 'teacher' ? getClassesForTeacher(user.id) : Promise.resolve([]),
    getClassesForLearner(user.id),
  ]);
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="teaching" className="flex flex-col gap-3">
        <h2 id="teaching" className="text-lg font-semibold">
          {t('teaching')}
        </h2>
        {user.role === 'teacher' ? (
          <>
            <CreateClassForm action={createClassAction} />
            {teaching.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">{t('none')}</p>
            ) : (
              <ul className={`divide-y divide-slate-200 dark:divide-slate-800 ${panel}`}>
                {teaching.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <span className="flex min-w-0 flex-wrap items-center gap-2">
                      <Link
                        href={`/classes/${c.id}`}
                        className="font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300"
                      >
                        {c.name}
                      </Link>
                      {c.archivedAt && (
                        <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                          {t('archived')}
                        </span>
                      )}
                    </span>
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      {t('memberCount', { count: c.memberCount })} · {t('joinCode')}: <code className="font-mono">{c.joinCode}</code>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">{t('teacherOnly')}</p>
        )}
      </section>
      <section aria-labelledby="joined" className="flex flex-col gap-3">
        <h2 id="joined" className="text-lg font-semibold">
          {t('myClasses')}
        </h2>
        <JoinClassForm action={joinClassAction} />
        {joined.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noneJoined')}</p>
        ) : (
          <ul className={`divide-y divide-slate-200 dark:divide-slate-800 ${panel}`}>
            {joined.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link href={`/classes/${c.id}`} className="font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300">
                  {c.name}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {t('teacherIs', { name: c.teacherName })}
                  {c.archived && ` · ${t('archived')}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
