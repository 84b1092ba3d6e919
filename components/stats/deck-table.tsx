import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { DeckStats } from '@/lib/db/stats';

const th = 'px-1 py-2 font-medium sm:px-3';

/** Per deck: cards, seen, mature and true retention, with the seen share as a thin bar. */
export async function DeckTable({ decks }: { decks: DeckStats[] }) {
  const t = await getTranslations('stats');
  const locale = await getLocale();
  return (
    <div className="relative -mx-4 overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 sm:text-sm dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="py-2 pr-1 pl-4 font-medium sm:pr-3">
              {t('deck')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('deckCards')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('deckSeen')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('deckMature')}
            </th>
            <th scope="col" className="py-2 pr-4 pl-1 text-right font-medium sm:pl-3">
              {t('deckRetention')}
            </th>
          </tr>
        </thead>
        <tbody>
          {decks.map((d) => (
            <tr key={d.deckId} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
              <th scope="row" className="py-2 pr-1 pl-4 text-left font-normal sm:pr-3">
                <Link href={`/decks/${encodeURIComponent(d.deckId)}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  {locale === 'en' ? d.titleEn : d.titleZh}
                </Link>
                <span aria-hidden className="mt-1 block h-1 w-full max-w-40 min-w-12 rounded-full bg-slate-100 dark:bg-slate-800">
                  <span
                    className="block h-full rounded-full bg-indigo-500 dark:bg-indigo-400"
                    style={{ width: `${d.cards ? (d.seen / d.cards) * 100 : 0}%` }}
                  />
                </span>
              </th>
              <td className="px-1 py-2 text-right tabular-nums sm:px-3">{d.cards}</td>
              <td className="px-1 py-2 text-right tabular-nums sm:px-3">{d.seen}</td>
              <td className="px-1 py-2 text-right tabular-nums sm:px-3">{d.mature}</td>
              <td className="py-2 pr-4 pl-1 text-right tabular-nums sm:pl-3">
                {d.retention.percent === null ? (
                  <>
                    <span aria-hidden className="text-slate-400">
                      {t('none')}
                    </span>
                    <span className="sr-only">{t('retentionNone')}</span>
                  </>
                ) : (
                  `${d.retention.percent}%`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
