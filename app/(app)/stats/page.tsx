import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CardStages } from '@/components/stats/card-stages';
import { DayBars } from '@/components/stats/day-bars';
import { DeckTable } from '@/components/stats/deck-table';
import { Histogram } from '@/components/stats/histogram';
import { Heatmap } from '@/components/stats/heatmap';
import { EmptyNote, Panel } from '@/components/stats/panel';
import { Predictions } from '@/components/stats/predictions';
import { RetentionChart } from '@/components/stats/retention-chart';
import { StatCard } from '@/components/stats/stat-card';
import { Welcome } from '@/components/stats/welcome';
import { statsOverview } from '@/lib/db/stats';
import type { Bucket, Ratio } from '@/lib/srs/stats-summary';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('stats'))('title') };
}

export default async function StatsPage() {
  const t = await getTranslations('stats');
  const locale = await getLocale();
  const user = await requirePageUser();
  const s = await statsOverview(user);
  const dateFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dayLabel = (key: string) => dateFmt.format(new Date(`${key}T12:00:00Z`));
  const num = new Intl.NumberFormat(locale);
  const none = t('none');
  const pct = (r: Ratio) => (r.percent === null ? none : `${r.percent}%`);
  const duration = (ms: number) => {
    const min = Math.round(ms / 60_000);
    if (min === 0) return t('durationS', { s: Math.round(ms / 1000) });
    return min < 60 ? t('durationM', { m: min }) : t('durationHm', { h: Math.floor(min / 60), m: min % 60 });
  };
  const bucketRows = (buckets: Bucket[], unit: 'intervalBucket' | 'easeBucket') =>
    buckets.map((b) => ({ label: t(unit, { range: b.key.replace('-', '–') }), count: b.count }));
  const summarize = (rows: { label: string; count: number }[]) => rows.map((r) => `${r.label}: ${r.count}`).join(', ');

  const header = (
    <header>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {t('dayBoundary', { hour: String(user.rolloverHour).padStart(2, '0'), tz: user.timeZone })}
      </p>
    </header>
  );
  if (s.allTime.reviews === 0) {
    return (
      <div className="flex flex-col gap-6">
        {header}
        <Welcome cards={s.cards.total} decks={s.decks.length} />
      </div>
    );
  }

  const last30 = s.days.reduce((a, d) => ({ new: a.new + d.new, review: a.review + d.review, repeat: a.repeat + d.repeat }), {
    new: 0,
    review: 0,
    repeat: 0,
  });
  const busiest = s.days.reduce((a, d) => (d.new + d.review + d.repeat > a.new + a.review + a.repeat ? d : a), s.days[0]!);
  const retained = s.days.filter((d) => d.retention.percent !== null).map((d) => d.retention.percent!);
  const intervals = bucketRows(s.intervals, 'intervalBucket');
  const ease = bucketRows(s.ease, 'easeBucket');

  return (
    <div className="flex flex-col gap-6">
      {header}
      <dl aria-label={t('totals')} className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard
          label={t('reviewsAllTime')}
          value={num.format(s.allTime.reviews)}
          hint={t('last30Hint', { value: num.format(s.last30.reviews) })}
        />
        <StatCard label={t('timeSpent')} value={duration(s.allTime.timeMs)} hint={t('last30Hint', { value: duration(s.last30.timeMs) })} />
        <StatCard
          label={t('cardsSeen')}
          value={`${num.format(s.cards.seen)} / ${num.format(s.cards.total)}`}
          hint={t('matureHint', { count: s.cards.mature })}
        />
        <StatCard
          label={t('retention30')}
          value={pct(s.last30.retention)}
          hint={s.allTime.retention.percent === null ? t('retentionNone') : t('allTimeHint', { value: pct(s.allTime.retention) })}
        />
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="stats-per-day" title={t('perDay')}>
          <DayBars
            days={s.days}
            label={t('perDayLabel', {
              total: s.last30.reviews,
              ...last30,
              day: dayLabel(busiest.day),
              max: busiest.new + busiest.review + busiest.repeat,
            })}
            kindLabel={(k) => t(`kind.${k}`)}
            dayLabel={dayLabel}
          />
        </Panel>
        <Panel id="stats-retention" title={t('retentionTitle')} intro={t('retentionExplain')}>
          {retained.length === 0 ? (
            <EmptyNote>{t('retentionEmpty')}</EmptyNote>
          ) : (
            <RetentionChart
              days={s.days}
              dayLabel={dayLabel}
              label={t('retentionChartLabel', {
                days: retained.length,
                min: Math.min(...retained),
                max: Math.max(...retained),
                overall: pct(s.last30.retention),
              })}
            />
          )}
        </Panel>
      </div>

      <Panel id="stats-activity" title={t('activity')}>
        <Heatmap days={s.activity} label={t('activity')} cellLabel={(d) => t('reviewsOn', { count: d.count, day: dayLabel(d.day) })} />
      </Panel>

      <Panel id="stats-cards" title={t('cards')}>
        <CardStages counts={s.cards} />
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="stats-intervals" title={t('intervals')} intro={t('intervalsIntro')}>
          <Histogram
            rows={intervals}
            barClass="bg-indigo-500 dark:bg-indigo-400"
            label={t('intervalsLabel', { summary: summarize(intervals) })}
          />
        </Panel>
        <Panel id="stats-ease" title={t('ease')} intro={t('easeIntro', { ease: s.averageEase ?? none })}>
          <Histogram rows={ease} barClass="bg-teal-500 dark:bg-teal-400" label={t('easeLabel', { summary: summarize(ease) })} />
        </Panel>
      </div>

      <Panel id="stats-decks" title={t('decks')}>
        <DeckTable decks={s.decks} />
      </Panel>

      <Panel id="stats-predictions" title={t('predictions')} intro={t('predictionsIntro')}>
        <Predictions predictions={s.predictions} />
      </Panel>
    </div>
  );
}
