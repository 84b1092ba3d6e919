'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { PreviewCard } from '@/lib/content/deck-preview';
import { TypeBadge } from '../type-badge';

const label = 'text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400';

/** Html rendered and sanitized on the server by lib/content/render.ts, as for built-in cards. */
function Html({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose-card min-w-0 break-words ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The deck's cards as learners will see them. */
export function PreviewPane({ cards, pending, onGoTo }: { cards: PreviewCard[]; pending: boolean; onGoTo: (line: number) => void }) {
  const t = useTranslations('deckEditor');
  const td = useTranslations('decks');
  const locale = useLocale();
  return (
    <section aria-labelledby="deck-preview-title" aria-busy={pending} className="flex min-w-0 flex-col gap-3">
      <h2 id="deck-preview-title" className="flex items-baseline gap-2 text-base font-semibold">
        {t('preview')}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          {pending ? t('previewUpdating') : td('cardCount', { count: cards.length })}
        </span>
      </h2>
      {cards.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {t('previewEmpty')}
        </p>
      ) : (
        <ol className="flex flex-col gap-3">
          {cards.map((card) => (
            <li key={card.id}>
              <article
                aria-label={`${td(`type.${card.type}`)}: ${t('line', { line: card.line })}`}
                className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900"
              >
                <header className="mb-2 flex flex-wrap items-center gap-2">
                  <TypeBadge type={card.type} label={td(`type.${card.type}`)} />
                  {card.headingPath.length > 0 && (
                    <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400">{card.headingPath.join(' › ')}</span>
                  )}
                  <button
                    type="button"
                    onClick={() => onGoTo(card.line)}
                    className="ml-auto shrink-0 font-mono text-xs text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    {t('line', { line: card.line })}
                  </button>
                </header>
                <div className={card.backHtml !== undefined ? 'grid gap-3 md:grid-cols-2' : 'flex flex-col gap-2'}>
                  <div>
                    <p className={label}>{td('question')}</p>
                    <Html html={card.frontHtml} />
                    {card.options && (
                      <ul aria-label={td('options')} className="mt-2 flex flex-col gap-1">
                        {card.options.map((o, i) => (
                          <li
                            key={i}
                            className={`flex items-start gap-2 rounded-md border px-2 py-1 ${o.correct ? 'border-emerald-400 bg-emerald-50 dark:border-emerald-500/60 dark:bg-emerald-500/10' : 'border-slate-200 dark:border-slate-700'}`}
                          >
                            <span aria-hidden className="mt-1 w-4 shrink-0 font-bold text-slate-500 dark:text-slate-400">
                              {o.correct ? '✓' : '○'}
                            </span>
                            <Html html={o.html} className="[&_p]:my-0" />
                            {o.correct && <span className="sr-only">({td('correct')})</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  {card.backHtml !== undefined && (
                    <div>
                      <p className={label}>{td('answer')}</p>
                      <Html html={card.backHtml} />
                      {card.answers && card.answers.length > 1 && (
                        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                          {td('accepted')}: {card.answers.join(' | ')}
                        </p>
                      )}
                    </div>
                  )}
                  {card.experiment && (
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      <span className={label}>{td('experiment')}</span>{' '}
                      {locale === 'en' ? card.experiment.title.en : card.experiment.title.zh}
                    </p>
                  )}
                  {card.explanationHtml && (
                    <div>
                      <p className={label}>{td('explanation')}</p>
                      <Html html={card.explanationHtml} className="text-sm" />
                    </div>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
