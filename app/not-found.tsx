import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">404</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t('notFound')}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-indigo-600 underline dark:text-indigo-400">
        {t('home')}
      </Link>
    </main>
  );
}
