import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { localize } from '@/lib/db/decks';
import type { OwnedDeckSummary } from '@/lib/db/owned-decks';
import { PublishButton } from './publish-button';

/** A teacher's own decks on /decks: edit, publish, and a link to write a new one. */
export async function MyDecks({
  decks,
  locale,
  publish,
}: {
  decks: OwnedDeckSummary[];
  locale: string;
  publish: (input: { deckId: string; published: boolean }) => Promise<ActionResult<{ published: boolean }>>;
}) {
  const [t, td, format] = await Promise.all([getTranslations('deckEditor'), getTranslations('decks'), getFormatter()]);
  return (
    <section aria-labelledby="my-decks" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="my-decks" className="text-xl font-semibold">
          {t('myDecks')}
        </h2>
        <Link href="/decks/new" className={buttonClass}>
          {t('newDeck')}
        </Link>
      </div>
      {decks.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t('noOwnDecks')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {decks.map((d) => {
            const title = localize(d.title, locale);
            return (
              <li key={d.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link href={`/decks/${d.id}`} className="font-medium break-words hover:underline">
                    {title}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {[
                      td('cardCount', { count: d.cardCount }),
                      t('versionShort', { version: d.version }),
                      format.dateTime(d.updatedAt, { dateStyle: 'medium' }),
                      d.publishedAt ? t('published') : t('private'),
                    ].join(' · ')}
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <Link href={`/decks/${d.id}/edit`} aria-label={t('editNamed', { title })} className={`${secondaryButtonClass} text-sm`}>
                    {t('edit')}
                  </Link>
                  <PublishButton deckId={d.id} title={title} published={d.publishedAt !== null} action={publish} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
