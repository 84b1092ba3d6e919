import { getTranslations } from 'next-intl/server';
import type { NoteView as Note, StoredCard } from '@/lib/db/decks';
import { CardView } from './card-view';
import { linklessMarkdownHtml, Markdown } from './markdown';
import { segmentNote, withoutLeadingH1 } from './note-segments';
import { TypeBadge } from './type-badge';

/**
 * The note, rendered, with each card's passage replaced by a marked block that shows the
 * card(s) written there. Anchors: `#card-<id>`, `#card-<groupId>` and `#L<line>`.
 */
export async function NoteView({ note }: { note: Note }) {
  const t = await getTranslations('notes');
  const td = await getTranslations('decks');
  const segments = segmentNote(withoutLeadingH1(note.markdown), note.firstLine, note.cards);
  const cardIds = new Set(note.cards.map((c) => c.id));
  const anchored = new Set<string>();
  // Extra anchors for a block: group ids (used by review links) and card lines, each once per page.
  const anchors = (cards: StoredCard[]) =>
    [...cards.map((c) => `card-${c.groupId}`).filter((a) => !cardIds.has(a.slice(5))), ...cards.map((c) => `L${c.line}`)].filter((a) => {
      if (anchored.has(a)) return false;
      anchored.add(a);
      return true;
    });

  // Named by the section the cards sit in (file lines mean nothing to a learner).
  const section = (cards: StoredCard[]) => cards[0]?.headingPath.at(-1) ?? note.title;
  const blockLabel = (startLine: number, cards: StoredCard[]) =>
    startLine < 0 ? t('unplaced') : t('cardsHere', { count: cards.length, section: section(cards) });
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-8">
      <div className="min-w-0">
        {segments.map((s) =>
          s.kind === 'text' ? (
            <Markdown key={`t${s.startLine}`} source={s.markdown} />
          ) : (
            <section
              key={`c${s.startLine}-${s.cards[0]?.id}`}
              aria-label={blockLabel(s.startLine, s.cards)}
              className="relative my-4 rounded-lg border-l-4 border-indigo-500 bg-indigo-50/70 p-3 dark:border-indigo-400 dark:bg-indigo-500/10 [&:has(:target)]:ring-2 [&:has(:target)]:ring-indigo-500"
            >
              {anchors(s.cards).map((a) => (
                <span key={a} id={a} className="absolute -top-28" aria-hidden />
              ))}
              <p className="mb-2 flex flex-wrap items-center gap-2 text-xs font-semibold text-indigo-700 dark:text-indigo-300">
                {blockLabel(s.startLine, s.cards)}
              </p>
              <div className="flex flex-col gap-2">
                {s.cards.map((card) => (
                  <CardView key={card.id} card={card} inNote />
                ))}
              </div>
            </section>
          ),
        )}
      </div>
      {note.cards.length > 0 && (
        <nav aria-label={t('cardIndex')} className="mt-8 lg:mt-0">
          <div className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:overflow-y-auto">
            <h2 className="mb-2 text-sm font-semibold">{t('cardIndex')}</h2>
            <ol className="flex flex-col gap-1 text-sm">
              {note.cards.map((card) => (
                <li key={card.id}>
                  <a
                    href={`#card-${card.id}`}
                    className="flex items-start gap-2 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                  >
                    <TypeBadge type={card.type} label={td(`type.${card.type}`)} />
                    <span
                      className="prose-card line-clamp-2 min-w-0 leading-snug [&_p]:my-0"
                      dangerouslySetInnerHTML={{ __html: linklessMarkdownHtml(card.front) }}
                    />
                  </a>
                </li>
              ))}
            </ol>
          </div>
        </nav>
      )}
    </div>
  );
}
