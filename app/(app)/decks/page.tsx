import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeckTile } from '@/components/decks/deck-tile';
import { MyDecks } from '@/components/decks/my-decks';
import { getDecks } from '@/lib/db/decks';
import { listOwnedDecks } from '@/lib/db/owned-decks';
import { requirePageUser } from '@/lib/auth/session';
import { publishDeckAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('decks'))('title') };
}

export default async function DecksPage() {
  const user = await requirePageUser();
  const [t, locale, visible, own] = await Promise.all([
    getTranslations('decks'),
    getLocale(),
    getDecks(user.id),
    user.role === 'teacher' ? listOwnedDecks(user.id) : null,
  ]);
  // The teacher's own decks are listed (with Edit and Publish) in their own section.
  const decks = visible.filter((d) => d.ownerId !== user.id);
  return (
    <section className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </div>
      {own && <MyDecks decks={own} locale={locale} publish={publishDeckAction} />}
      {decks.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {decks.map((deck) => (
            <DeckTile key={deck.id} deck={deck} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
