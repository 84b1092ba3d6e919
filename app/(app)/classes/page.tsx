import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreateClassForm } from '@/components/classes/create-class-form';
import { getClassesForTeacher } from '@/lib/db/classes';
import { createClassAction } from './actions';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('classes'))('title') };
}

export default async function ClassesPage() {
  const t = await getTranslations('classes');
  const user = await requirePageUser();
  const classes = user.role === 'teacher' ? await getClassesForTeacher(user.id) : [];
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {user.role === 'teacher' ? (
        <>
          <CreateClassForm action={createClassAction} />
          {classes.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{t('none')}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {classes.map((c) => (
                <li key={c.id} className="flex items-center justify-between px-4 py-3">
                  <span className="font-medium">{c.name}</span>
                  <span className="text-sm text-slate-500 dark:text-slate-400">
                    {t('joinCode')}: <code className="font-mono">{c.joinCode}</code>
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
  );
}
