import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { cardTypes, localize, type DeckSummary } from '@/lib/db/decks';
import { TypeBadge } from './type-badge';

export async function DeckTile({ deck, locale }: { deck: DeckSummary; locale: string }) {
  const t = await getTranslations('decks');
  const title = localize(deck.title, locale);
  const types = cardTypes.filter((type) => deck.countsByType[type] > 0);
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-lg font-semibold">
          <Link href={`/decks/${encodeURIComponent(deck.id)}`} className="hover:text-indigo-600 hover:underline dark:hover:text-indigo-400">
            {title}
          </Link>
        </h2>
        <span className="shrink-0 rounded-full bg-indigo-50 px-2.5 py-0.5 text-sm font-medium text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300">
          {t('cardCount', { count: deck.cardCount })}
        </span>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{localize(deck.description, locale)}</p>
      {types.length > 0 && (
        <ul aria-label={t('typeCounts')} className="flex flex-wrap gap-1.5">
          {types.map((type) => (
            <li key={type}>
              <TypeBadge type={type} label={`${t(`type.${type}`)} ${deck.countsByType[type]}`} />
            </li>
          ))}
        </ul>
      )}
      {(deck.newPerDay !== null || deck.reviewsPerDay !== null) && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {[
            deck.newPerDay !== null ? t('newLimit', { count: deck.newPerDay }) : null,
            deck.reviewsPerDay !== null ? t('reviewLimit', { count: deck.reviewsPerDay }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <div className="mt-auto flex flex-wrap gap-2 pt-1">
        <Link href={`/review/${encodeURIComponent(deck.id)}`} aria-label={t('reviewNamed', { title })} className={`${buttonClass} text-sm`}>
          {t('review')}
        </Link>
        <Link
          href={`/decks/${encodeURIComponent(deck.id)}`}
          aria-label={t('browseNamed', { title })}
          className={`${secondaryButtonClass} text-sm`}
        >
          {t('browse')}
        </Link>
      </div>
    </li>
  );
}
