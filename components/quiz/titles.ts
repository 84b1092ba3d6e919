import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { localize } from '@/lib/db/decks';
import { quizSources } from '@/lib/db/quiz-sources';
import type { QuizDefinitionView } from '@/lib/db/quizzes';

/** Titles for the quiz pages: a starter quiz is named after its deck, in the learner's language. */
export async function quizTitler(): Promise<(def: Pick<QuizDefinitionView, 'id' | 'ownerId' | 'title' | 'spec'>) => string> {
  const [t, locale, sources] = await Promise.all([getTranslations('quiz'), getLocale(), quizSources(null)]); // starter quizzes are built-in decks'
  const decks = new Map(sources.decks.map((d) => [d.id, d.title]));
  return (def) => {
    const deck = def.ownerId === null && def.id.startsWith('starter-') ? decks.get(def.spec.decks[0] ?? '') : undefined;
    return deck ? t('starterTitle', { deck: localize(deck, locale) }) : def.title;
  };
}
