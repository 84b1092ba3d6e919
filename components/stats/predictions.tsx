import { getLocale, getTranslations } from 'next-intl/server';
import { getExperimentSpec } from '@/lib/experiments/registry';
import type { StatsOverview } from '@/lib/db/stats';
import type { Confidence, Ratio } from '@/lib/srs/stats-summary';
import { EmptyNote } from './panel';

const LEVELS: Confidence[] = ['low', 'medium', 'high'];
const pct = (r: Ratio, none: string) => (r.percent === null ? none : `${r.percent}%`);

/** Predict-then-run record: how often the learner was right, and whether confidence tracks it. */
export async function Predictions({ predictions: p }: { predictions: StatsOverview['predictions'] }) {
  const t = await getTranslations('stats');
  const locale = await getLocale();
  if (p.runs === 0) return <EmptyNote>{t('predictionsEmpty')}</EmptyNote>;
  const none = t('none');
  const summary = LEVELS.map((c) =>
    t('calibrationItem', { level: t(`confidence.${c}`), percent: pct(p.byConfidence[c], none), count: p.byConfidence[c].total }),
  ).join('; ');
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 sm:grid-cols-[12rem_1fr]">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-1">
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{t('runs')}</dt>
            <dd className="text-3xl font-bold tabular-nums">{p.runs}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{t('right')}</dt>
            <dd className="text-3xl font-bold tabular-nums">{pct(p.right, none)}</dd>
          </div>
        </dl>
        <div>
          <h3 className="text-sm font-medium">{t('calibration')}</h3>
          <div role="img" aria-label={t('calibrationLabel', { summary })} className="mt-2 flex flex-col gap-1.5">
            {LEVELS.map((c) => {
              const r = p.byConfidence[c];
              return (
                <div key={c} aria-hidden className="grid grid-cols-[5rem_1fr_6rem] items-center gap-2 text-sm">
                  <span className="text-slate-600 dark:text-slate-400">{t(`confidence.${c}`)}</span>
                  <span className="h-4 rounded-sm bg-slate-100 dark:bg-slate-800">
                    <span className="block h-full rounded-sm bg-violet-500 dark:bg-violet-400" style={{ width: `${r.percent ?? 0}%` }} />
                  </span>
                  <span className="text-right text-xs tabular-nums">
                    {pct(r, none)} <span className="text-slate-500 dark:text-slate-400">({t('runsCount', { count: r.total })})</span>
                  </span>
                </div>
              );
            })}
          </div>
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{t('calibrationHint')}</p>
        </div>
      </div>
      <div className="relative -mx-4 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500 sm:text-sm dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="py-2 pr-1 pl-4 font-medium sm:pr-3">
                {t('experiment')}
              </th>
              <th scope="col" className="px-1 py-2 text-right font-medium sm:px-3">
                {t('runs')}
              </th>
              <th scope="col" className="px-1 py-2 text-right font-medium sm:px-3">
                {t('right')}
              </th>
              {LEVELS.map((c) => (
                <th key={c} scope="col" className="px-1 py-2 text-right font-medium last:pr-4 sm:px-3 sm:last:pr-4">
                  {t(`confidence.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.experiments.map((e) => {
              const title = getExperimentSpec(e.experimentId)?.title;
              return (
                <tr key={e.experimentId} className="border-b border-slate-100 last:border-0 dark:border-slate-800/60">
                  <th scope="row" className="py-2 pr-1 pl-4 text-left font-normal sm:pr-3">
                    {title ? (locale === 'en' ? title.en : title.zh) : e.experimentId}
                  </th>
                  <td className="px-1 py-2 text-right tabular-nums sm:px-3">{e.runs}</td>
                  <td className="px-1 py-2 text-right tabular-nums sm:px-3">{pct(e.right, none)}</td>
                  {LEVELS.map((c) => (
                    <td key={c} className="px-1 py-2 text-right tabular-nums last:pr-4 sm:px-3 sm:last:pr-4">
                      {pct(e.byConfidence[c], none)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
