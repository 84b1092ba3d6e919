import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DeckEditor } from '@/components/decks/editor/deck-editor';
import { requirePageUser } from '@/lib/auth/session';
import { previewDeckAction, saveDeckAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('deckEditor'))('newTitle') };
}

export default async function NewDeckPage() {
  const user = await requirePageUser();
  const [t, td] = await Promise.all([getTranslations('deckEditor'), getTranslations('decks')]);
  return (
    <section className="flex flex-col gap-4">
      <Link href="/decks" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        ← {td('allDecks')}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </div>
      {user.role === 'teacher' ? (
        <DeckEditor initialMarkdown="" initialTitles={{ zh: '', en: '' }} actions={{ preview: previewDeckAction, save: saveDeckAction }} />
      ) : (
        <p className="text-slate-600 dark:text-slate-400">{t('teacherOnly')}</p>
      )}
    </section>
  );
}
