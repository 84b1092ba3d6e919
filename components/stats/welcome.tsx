import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/field';

/** A brand-new learner's Stats page: what will appear here, and the way to get there. */
export async function Welcome({ cards, decks }: { cards: number; decks: number }) {
  const t = await getTranslations('stats');
  return (
    <section
      aria-labelledby="stats-welcome"
      className="rounded-xl border border-slate-200 bg-white p-6 sm:p-8 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="stats-welcome" className="text-xl font-semibold">
        {t('emptyTitle')}
      </h2>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t('emptyBody', { cards, decks })}</p>
      <ul className="mt-4 grid gap-2 text-sm text-slate-700 sm:grid-cols-2 dark:text-slate-300">
        {(['retention', 'perDay', 'intervals', 'predictions'] as const).map((k) => (
          <li key={k} className="flex gap-2">
            <span aria-hidden className="text-indigo-500">
              ●
            </span>
            {t(`emptyWill.${k}`)}
          </li>
        ))}
      </ul>
      <Link href="/review" className={`${buttonClass} mt-6 px-6 py-3`}>
        {t('emptyAction')}
      </Link>
    </section>
  );
}
