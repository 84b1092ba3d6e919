import { getTranslations } from 'next-intl/server';
import { secondaryButtonClass } from '@/components/ui/field';
import type { SuspendedCard } from '@/lib/db/card-actions';

/** A card's front as one short line of plain text (the list shows the Markdown source, not rendered). */
export function frontLine(front: string, max = 120): string {
  const line = front.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The learner's suspended cards, each with a button that puts it back into the reviews. */
export async function SuspendedCards({
  cards,
  total,
  unsuspend,
}: {
  cards: SuspendedCard[];
  total: number;
  /** A server action taking the form's `cardId`. */
  unsuspend: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations('settings');
  const tr = await getTranslations('review');
  return (
    <section
      aria-labelledby="suspended-title"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="suspended-title" className="font-semibold">
        {t('suspendedTitle')}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('suspendedHelp')}</p>
      {cards.length === 0 ? (
        <p className="mt-3 text-sm">{t('suspendedEmpty')}</p>
      ) : (
        <ul aria-label={t('suspendedTitle')} className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {cards.map((c) => {
            const front = frontLine(c.front);
            return (
              <li key={c.cardId} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0 text-sm break-words">
                  <a href={c.noteHref} className="underline-offset-2 hover:underline">
                    {front}
                  </a>
                  {c.leech && (
                    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-200">
                      {tr('leech')}
                    </span>
                  )}
                </span>
                <form action={unsuspend} className="shrink-0">
                  <input type="hidden" name="cardId" value={c.cardId} />
                  <button type="submit" aria-label={t('unsuspendCard', { front })} className={`${secondaryButtonClass} min-h-11 text-sm`}>
                    {t('unsuspend')}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      {total > cards.length && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('suspendedMore', { count: total - cards.length })}</p>
      )}
    </section>
  );
}
