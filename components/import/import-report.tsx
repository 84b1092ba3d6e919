import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ImportReport } from '@/lib/import/report';

/** The end of an import: what came in, each deck (linked), and what stayed behind and why. */
export function ImportReportView({ report, maxDeckChars }: { report: ImportReport; maxDeckChars: number }) {
  const t = useTranslations('import');
  const counts = [
    ['notes', report.notes],
    ['cards', report.cards],
    ['scheduled', report.scheduled],
    ['reviews', report.reviews],
    ['media', report.media],
  ] as const;
  return (
    <section
      aria-labelledby="import-report"
      className="flex flex-col gap-4 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40"
    >
      <h2 id="import-report" className="font-semibold">
        {t('reportTitle')}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {counts.map(([key, value]) => (
          <div key={key} className="flex flex-col">
            <dt className="text-xs text-slate-700 dark:text-slate-300">{t(`count.${key}`)}</dt>
            <dd className="text-xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t('decks')}</h3>
        <ul className="mt-1 flex flex-col gap-1">
          {report.decks.map((d) => (
            <li key={d.deckId} className="text-sm break-words">
              <Link
                href={`/decks/${encodeURIComponent(d.deckId)}`}
                className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {d.title}
              </Link>{' '}
              · {t('deckCards', { count: d.cards })}
            </li>
          ))}
        </ul>
      </div>
      {report.skipped.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('skipped')}</h3>
          <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">
            {report.skipped.map((s) => (
              <li key={`${s.kind}-${s.code}`} className="break-words">
                {t('skippedItem', { count: s.count, reason: t(`reason.${s.code}`, { max: maxDeckChars }) })}
                <span className="text-slate-700 dark:text-slate-300"> ({s.examples.join(', ')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
