import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { QuizBuilder } from '@/components/quiz/quiz-builder';
import { requirePageUser } from '@/lib/auth/session';
import { localize } from '@/lib/db/decks';
import { quizSources } from '@/lib/db/quiz-sources';
import { createQuiz } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quiz.builder'))('title') };
}

export default async function NewQuizPage() {
  const user = await requirePageUser();
  const [t, locale, sources] = await Promise.all([getTranslations('quiz.builder'), getLocale(), quizSources(user.id)]);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </div>
      <QuizBuilder
        sources={{ ...sources, decks: sources.decks.map((d) => ({ id: d.id, title: localize(d.title, locale) })) }}
        createQuiz={createQuiz}
      />
    </section>
  );
}
