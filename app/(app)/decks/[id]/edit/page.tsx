import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DeckEditor } from '@/components/decks/editor/deck-editor';
import { PublishButton } from '@/components/decks/publish-button';
import { RestoreVersion } from '@/components/decks/restore-version';
import { localize } from '@/lib/db/decks';
import { getOwnedDeckSource } from '@/lib/db/owned-decks';
import { requirePageUser } from '@/lib/auth/session';
import { previewDeckAction, publishDeckAction, restoreDeckVersionAction, saveDeckAction } from '../../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string }> };

const versionOf = (raw: string | undefined) => (raw && /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const deck = user.role === 'teacher' ? await getOwnedDeckSource(user.id, (await params).id) : null;
  const t = await getTranslations('deckEditor');
  return { title: deck ? t('editTitle', { title: localize(deck.title, await getLocale()) }) : t('notFoundTitle') };
}

/** The owner's editor; anyone else (another teacher included) gets a 404, never a 403. */
export default async function EditDeckPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const [{ id }, { version: rawVersion }] = await Promise.all([params, searchParams]);
  const version = versionOf(rawVersion);
  const deck = user.role === 'teacher' ? await getOwnedDeckSource(user.id, id, version) : null;
  if (!deck) notFound();
  const [t, locale, format] = await Promise.all([getTranslations('deckEditor'), getLocale(), getFormatter()]);
  const title = localize(deck.title, locale);
  const latest = deck.versions[0]?.version ?? deck.version;
  const readOnly = deck.version !== latest;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="flex flex-col gap-4">
      <Link href="/decks" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        ← {t('myDecks')}
      </Link>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold break-words">{t('editTitle', { title })}</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{deck.publishedAt ? t('published') : t('private')}</p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Link
            href={`/decks/${deck.id}`}
            className="inline-flex items-center text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
          >
            {t('viewAsLearner')}
          </Link>
          <PublishButton deckId={deck.id} title={title} published={deck.publishedAt !== null} action={publishDeckAction} />
        </div>
      </div>
      {readOnly && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-500/50 dark:bg-amber-500/10"
        >
          {t('viewing', { version: deck.version, date: when(deck.createdAt) })}{' '}
          <Link href={`/decks/${deck.id}/edit`} className="font-medium text-indigo-700 underline dark:text-indigo-300">
            {t('backToLatest')}
          </Link>
        </p>
      )}
      <DeckEditor
        key={deck.version}
        deckId={deck.id}
        initialMarkdown={deck.markdown}
        initialTitles={deck.title}
        version={deck.version}
        readOnly={readOnly}
        actions={{ preview: previewDeckAction, save: saveDeckAction }}
      />
      <section aria-labelledby="deck-versions" className="flex flex-col gap-2">
        <h2 id="deck-versions" className="text-base font-semibold">
          {t('versions')}
        </h2>
        <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {deck.versions.map((v) => (
            <li key={v.version} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-medium">{t('versionShort', { version: v.version })}</span>{' '}
                <span className="text-slate-600 dark:text-slate-400">{when(v.createdAt)}</span>
                {v.version === latest && <span className="ml-2 text-xs text-emerald-700 dark:text-emerald-300">{t('current')}</span>}
              </span>
              <span className="flex items-center gap-3">
                {v.version !== deck.version && (
                  <Link
                    href={v.version === latest ? `/decks/${deck.id}/edit` : `/decks/${deck.id}/edit?version=${v.version}`}
                    aria-label={t('viewVersion', { version: v.version })}
                    className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    {t('view')}
                  </Link>
                )}
                {v.version !== latest && (
                  <RestoreVersion deckId={deck.id} version={v.version} latest={latest} action={restoreDeckVersionAction} />
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
