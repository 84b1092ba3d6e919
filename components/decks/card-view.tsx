import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { localize } from '@/lib/db/decks';
import { getExperimentSpec } from '@/lib/experiments/registry';
import type { StoredCard } from '@/lib/db/decks';
import { Markdown } from './markdown';
import { TypeBadge } from './type-badge';

const label = 'text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';

export const noteHref = (card: Pick<StoredCard, 'topic' | 'id'>) =>
  `/notes/${encodeURIComponent(card.topic)}#card-${encodeURIComponent(card.id)}`;

/**
 * One card as it is studied: question, answer, and what its type adds (options, accepted
 * answers, the experiment). On a deck page it links to its place in the note; inside
 * the note (`inNote`) it is compact and carries the anchors the deck page links to.
 */
export async function CardView({ card, inNote = false }: { card: StoredCard; inNote?: boolean }) {
  const t = await getTranslations('decks');
  const place = card.headingPath.at(-1) ?? card.topic;
  const showBack = card.type !== 'mc' && card.type !== 'predict';
  // Inside a note, "Question"/"Answer" headings would flood the note's outline.
  const Label = inNote ? 'p' : 'h3';
  return (
    <article
      id={`card-${card.id}`}
      aria-label={`${t(`type.${card.type}`)}: ${place}`}
      className={
        inNote
          ? 'scroll-mt-28 rounded-md bg-white/70 p-3 dark:bg-slate-900/60'
          : 'scroll-mt-28 rounded-lg border border-slate-200 bg-white p-4 shadow-sm target:ring-2 target:ring-indigo-500 dark:border-slate-800 dark:bg-slate-900'
      }
    >
      <header className="mb-2 flex flex-wrap items-center gap-2">
        <TypeBadge type={card.type} label={t(`type.${card.type}`)} />
        {!inNote && card.headingPath.length > 0 && (
          <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400">{card.headingPath.join(' › ')}</span>
        )}
        {/* A document load, not a client navigation: only that sets :target, which marks the card. */}
        {!inNote && (
          <a
            href={noteHref(card)}
            aria-label={t('inNoteNamed', { place })}
            className="ml-auto shrink-0 text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
          >
            {t('inNote')}
          </a>
        )}
      </header>
      <div className={showBack ? 'grid gap-3 md:grid-cols-2' : 'flex flex-col gap-3'}>
        <section>
          <Label className={label}>{t('question')}</Label>
          <Markdown source={card.front} />
          {card.options && card.type === 'mc' && (
            <ul aria-label={t('options')} className="mt-2 flex flex-col gap-1">
              {card.options.map((o, i) => (
                <li
                  key={i}
                  className={`flex items-start gap-2 rounded-md border px-3 py-1.5 ${o.correct ? 'border-emerald-400 bg-emerald-50 dark:border-emerald-500/60 dark:bg-emerald-500/10' : 'border-slate-200 dark:border-slate-700'}`}
                >
                  <span
                    aria-hidden
                    className={`mt-1 w-4 shrink-0 font-bold ${o.correct ? 'text-emerald-600 dark:text-emerald-400' : 'text-slate-400'}`}
                  >
                    {o.correct ? '✓' : '○'}
                  </span>
                  <Markdown source={o.text} className="[&_p]:my-0" />
                  {o.correct && <span className="sr-only">({t('correct')})</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {showBack && (
          <section>
            <Label className={label}>{t('answer')}</Label>
            <Markdown source={card.back} />
            {card.type === 'typed' && card.answers && (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {t('accepted')}:{' '}
                {card.answers.map((a, i) => (
                  <code
                    key={i}
                    className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 dark:bg-slate-800 dark:text-slate-200"
                  >
                    {a}
                  </code>
                ))}
              </p>
            )}
          </section>
        )}
        {card.type === 'predict' && card.predict && <PredictDetails card={card} experiment={card.predict.experiment} />}
        {card.explanation && card.type !== 'predict' && (
          <section>
            <Label className={label}>{t('explanation')}</Label>
            <Markdown source={card.explanation} className="text-sm" />
          </section>
        )}
      </div>
    </article>
  );
}

async function PredictDetails({ card, experiment }: { card: StoredCard; experiment: string }) {
  const t = await getTranslations('decks');
  const spec = getExperimentSpec(experiment);
  // The experiment's title, never its id; an unknown id (stale content) gets the generic word.
  const title = spec ? localize(spec.title, await getLocale()) : t('experiment');
  return (
    <section className="flex flex-col gap-2">
      {card.options && (
        <ul aria-label={t('options')} className="flex flex-col gap-1">
          {card.options.map((o, i) => (
            <li key={i} className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-1.5 dark:border-slate-700">
              <span aria-hidden className="mt-1 w-4 shrink-0 text-slate-400">
                ○
              </span>
              <Markdown source={o.text} className="[&_p]:my-0" />
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('predictNote')}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className={label}>{t('experiment')}</span>
        <span className="font-medium">{title}</span>
        <Link
          href={`/lab/${encodeURIComponent(experiment)}`}
          aria-label={t('openLabNamed', { experiment: title })}
          className="font-medium text-indigo-600 hover:underline dark:text-indigo-400"
        >
          {t('openLab')}
        </Link>
      </div>
      {card.explanation && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t('explanation')}</summary>
          <Markdown source={card.explanation} />
        </details>
      )}
    </section>
  );
}
