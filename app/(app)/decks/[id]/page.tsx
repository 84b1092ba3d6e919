import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CardView } from '@/components/decks/card-view';
import { TypeBadge } from '@/components/decks/type-badge';
import { DeckExportLinks } from '@/components/import/deck-export-links';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { cardTypes, getDeck, localize } from '@/lib/db/decks';
import { requirePageUser } from '@/lib/auth/session';
import { AssignmentCard } from '@/components/today/assignment-card';
import { getLearnerAssignments } from '@/lib/db/assignments';
import { setDeckLimitAction } from '../../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(); // the title is content too
  const [deck, locale] = await Promise.all([getDeck((await params).id, user.id), getLocale()]);
  return { title: deck ? localize(deck.title, locale) : (await getTranslations('decks'))('title') };
}

export default async function DeckPage({ params }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  const [deck, locale, t] = await Promise.all([getDeck(id, user.id), getLocale(), getTranslations('decks')]);
  if (!deck) notFound();
  // This deck's assignments, with the pace that finishes them.
  const assigned = (await getLearnerAssignments(user.id)).filter((a) => a.assignment.deckId === deck.id);
  const title = localize(deck.title, locale);
  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href="/decks" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          ← {t('allDecks')}
        </Link>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h1 className="text-2xl font-bold">{title}</h1>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{localize(deck.description, locale)}</p>
          </div>
          <div className="flex shrink-0 flex-wrap gap-2">
            {deck.ownerId === user.id && (
              <Link href={`/decks/${encodeURIComponent(deck.id)}/edit`} className={secondaryButtonClass}>
                {t('editDeck')}
              </Link>
            )}
            <Link
              href={`/review/${encodeURIComponent(deck.id)}`}
              aria-label={t('reviewNamed', { title })}
              className={`${buttonClass} shrink-0`}
            >
              {t('review')}
            </Link>
            <DeckExportLinks deckId={deck.id} apkg={t('exportApkg')} markdown={t('exportMarkdown')} label={t('exportLabel')} />
          </div>
        </div>
        <ul aria-label={t('typeCounts')} className="flex flex-wrap items-center gap-1.5">
          <li className="mr-1 text-sm font-medium">{t('cardCount', { count: deck.cardCount })}</li>
          {cardTypes
            .filter((type) => deck.countsByType[type] > 0)
            .map((type) => (
              <li key={type}>
                <TypeBadge type={type} label={`${t(`type.${type}`)} ${deck.countsByType[type]}`} />
              </li>
            ))}
        </ul>
      </div>
      {assigned.map((item) => (
        <AssignmentCard key={item.assignment.id} item={item} setDeckLimit={setDeckLimitAction} />
      ))}
      <h2 className="sr-only">{t('cards')}</h2>
      <ol className="flex flex-col gap-4">
        {deck.cards.map((card) => (
          <li key={card.id}>
            <CardView card={card} />
          </li>
        ))}
      </ol>
    </section>
  );
}
