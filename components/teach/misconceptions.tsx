import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import type { CardMisconception } from '@/lib/classes/misconceptions';
import { cardHref, experimentTitle } from '@/lib/db/class-dashboard';

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Per predict card: what the class predicted next to what the experiment showed, with confidence. */
export async function Misconceptions({ items }: { items: readonly CardMisconception[] }) {
  const t = await getTranslations('teach');
  const locale = await getLocale();
  if (!items.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('noPredictions')}</p>;
  const legend = [
    { key: 'other', label: t('predictedLegend'), style: 3 },
    { key: 'result', label: t('resultLegend'), style: 2 },
  ];
  return (
    <ul className="grid gap-6">
      {items.map((m) => {
        const shown = m.options.find((o) => o.isOutcome);
        return (
          <li key={m.card.cardId} className="grid min-w-0 gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="grid gap-1">
              <p className="text-xs text-slate-600 dark:text-slate-400">{experimentTitle(m.card.experimentId, locale)}</p>
              <h3 className="font-medium">
                <Link href={cardHref(m.card)} className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                  {m.card.question}
                </Link>
              </h3>
              <p className="text-lg font-semibold">
                {m.topWrong
                  ? t('headline', { count: m.topWrong.count, total: m.learners, label: m.topWrong.label })
                  : t('allRight', { total: m.learners })}
              </p>
              <p className="text-sm">{t('showed', { label: shown?.label ?? t('notRun') })}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t('confidence', { high: m.confidence.high, medium: m.confidence.medium, low: m.confidence.low })}
                {m.confidentlyWrong > 0 && ` ${t('confidentWrong', { count: m.confidentlyWrong })}`}
              </p>
            </div>
            <BarChart
              title={t('chartTitle', { question: short(m.card.question, 80) })}
              legend={legend}
              axis={false}
              rows={m.options.map((o) => ({
                key: o.outcome,
                label: short(o.isOutcome ? t('resultMark', { label: o.label }) : o.label),
                value: o.predicted,
                style: o.isOutcome ? 2 : 3,
              }))}
            />
            <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={t('optionTable')}>
              <table className="w-full min-w-[30rem] text-sm">
                <caption className="sr-only">{t('optionTable')}</caption>
                <thead className="text-left text-slate-700 dark:text-slate-300">
                  <tr>
                    {(['option', 'predicted', 'high', 'medium', 'low', 'runs'] as const).map((k) => (
                      <th key={k} scope="col" className={`px-2 py-1 font-medium ${k === 'option' ? '' : 'text-right'}`}>
                        {t(`col2.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.options.map((o) => (
                    <tr key={o.outcome} className="border-t border-slate-200 dark:border-slate-800">
                      <th scope="row" className={`px-2 py-1 text-left ${o.isOutcome ? 'font-semibold' : 'font-normal'}`}>
                        {o.isOutcome ? t('resultMark', { label: o.label }) : o.label}
                      </th>
                      <td className="px-2 py-1 text-right tabular-nums">{o.predicted}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{o.byConfidence.high}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{o.byConfidence.medium}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{o.byConfidence.low}</td>
                      <td className="px-2 py-1 text-right tabular-nums">{o.shown}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
