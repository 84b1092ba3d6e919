import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cardHref, noteHref, type CardStat } from '@/lib/db/class-dashboard';

const LINK = 'text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300';

/** The cards the class recalls worst, each linked to itself in its note and to the note. */
export async function WeakestCards({ cards, limit = 10 }: { cards: readonly CardStat[]; limit?: number }) {
  const t = await getTranslations('teach');
  const weakest = cards.filter((c) => c.recall !== null).slice(0, limit);
  if (!weakest.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('noAnswers')}</p>;
  return (
    <div
      className="max-w-full overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label={t('weakest')}
    >
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">{t('weakest')}</caption>
        <thead className="bg-slate-50 text-left text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('col.card')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('col.note')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('col.recall')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('col.answers')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('col.learnersCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {weakest.map((c) => (
            <tr key={c.cardId} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="max-w-[22rem] px-3 py-2 text-left font-normal">
                <Link href={cardHref(c)} className={LINK}>
                  {c.label || c.cardId}
                </Link>
              </th>
              <td className="px-3 py-2">
                <Link href={noteHref(c)} className={LINK}>
                  {c.noteTitle}
                </Link>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{Math.round((c.recall ?? 0) * 100)}%</td>
              <td className="px-3 py-2 text-right tabular-nums">{c.reviews}</td>
              <td className="px-3 py-2 text-right tabular-nums">{c.learners}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
