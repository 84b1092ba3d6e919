import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('today'))('title') };
}

export default async function TodayPage() {
  const t = await getTranslations('today');
  const user = (await currentUser())!;
  return (
    <section>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t('greeting', { name: user.name || user.email })}</p>
    </section>
  );
}
