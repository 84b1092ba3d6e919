import { getTranslations } from 'next-intl/server';
import type { CardCounts } from '@/lib/srs/stats-summary';
import { Legend } from './day-bars';

const STAGES = [
  { key: 'mature', className: 'bg-emerald-600 dark:bg-emerald-400' },
  { key: 'young', className: 'bg-indigo-500 dark:bg-indigo-400' },
  { key: 'learning', className: 'bg-amber-500 dark:bg-amber-400' },
  { key: 'suspended', className: 'bg-slate-500 dark:bg-slate-500' },
  { key: 'unseen', className: 'bg-slate-200 dark:bg-slate-700' },
] as const;

/** The collection split into stages (they add up to all cards), as one bar and a list. */
export async function CardStages({ counts }: { counts: CardCounts }) {
  const t = await getTranslations('stats');
  const total = Math.max(1, counts.total);
  const summary = STAGES.map((s) => `${t(`stage.${s.key}`)} ${counts[s.key]}`).join(', ');
  return (
    <div>
      <div
        role="img"
        aria-label={t('stagesLabel', { total: counts.total, summary })}
        className="flex h-4 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
      >
        {STAGES.map((s) =>
          counts[s.key] > 0 ? <div key={s.key} className={s.className} style={{ width: `${(counts[s.key] / total) * 100}%` }} /> : null,
        )}
      </div>
      <Legend items={STAGES.map((s) => ({ label: `${t(`stage.${s.key}`)}: ${counts[s.key]}`, className: s.className }))} />
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        {t('stagesHint')} {t('leeches', { count: counts.leeches })}
      </p>
    </div>
  );
}
