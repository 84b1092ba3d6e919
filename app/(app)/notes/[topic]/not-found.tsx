import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NoteNotFound() {
  const [t, td] = await Promise.all([getTranslations('notes'), getTranslations('decks')]);
  return (
    <section className="py-10 text-center">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t('notFound')}</p>
      <Link href="/decks" className="mt-6 inline-block font-medium text-indigo-600 underline dark:text-indigo-400">
        {td('allDecks')}
      </Link>
    </section>
  );
}
