import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SettingsForm } from '@/components/settings/settings-form';
import { SuspendedCards } from '@/components/settings/suspended-cards';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { listSuspendedCards } from '@/lib/db/card-actions';
import { env } from '@/lib/env';
import { becomeTeacherAction, saveSettingsAction, unsuspendFormAction } from './actions';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const t = await getTranslations('settings');
  const user = await requirePageUser();
  const timeZones = Intl.supportedValuesOf('timeZone');
  if (!timeZones.includes(user.timeZone)) timeZones.unshift(user.timeZone);
  const suspended = await listSuspendedCards(user.id);
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="font-semibold">{t('role')}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {user.email} · {user.role === 'teacher' ? t('roleTeacher') : t('roleLearner')}
        </p>
        {user.role === 'teacher' ? (
          <p className="mt-3 text-sm">{t('teacherAlready')}</p>
        ) : env().TEACHER_SIGNUP === 'closed' ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t('teacherByAdmin')}</p>
        ) : (
          <form
            action={async () => {
              'use server';
              await becomeTeacherAction({});
            }}
            className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center"
          >
            <button type="submit" className={buttonClass}>
              {t('becomeTeacher')}
            </button>
            <span className="text-sm text-slate-600 dark:text-slate-400">{t('becomeTeacherHelp')}</span>
          </form>
        )}
      </div>
      <SettingsForm user={user} action={saveSettingsAction} timeZones={timeZones} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="font-semibold">{t('help')}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('tourHelp')}</p>
        <Link href="/?tour=1" className={`${buttonClass} mt-3`}>
          {t('tourAgain')}
        </Link>
      </div>
      <SuspendedCards cards={suspended.cards} total={suspended.total} unsuspend={unsuspendFormAction} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 className="font-semibold">{t('yourData')}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('yourDataHint')}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href="/import" className={buttonClass}>
            {t('importLink')}
          </Link>
          <a href="/api/me/export" download className={secondaryButtonClass}>
            {t('downloadData')}
          </a>
        </div>
      </div>
    </section>
  );
}
