import { getTranslations } from 'next-intl/server';

export async function ComingSoon({ titleKey }: { titleKey: 'quiz' | 'classes' | 'stats' | 'review' | 'decks' | 'lab' }) {
  const t = await getTranslations();
  return (
    <section>
      <h1 className="text-2xl font-bold">{t(`nav.${titleKey}`)}</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">{t('common.comingSoon')}</p>
    </section>
  );
}
