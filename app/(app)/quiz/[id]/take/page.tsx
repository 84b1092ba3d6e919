import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import { StartButton } from '@/components/quiz/start-button';
import { quizTitler } from '@/components/quiz/titles';
import { requirePageUser } from '@/lib/auth/session';
import { quizFeedback, quizItemViews } from '@/lib/db/quiz-items';
import { getAttempt, getDefinition, openAttempt } from '@/lib/db/quizzes';
import { answerQuizItem, finishQuiz, revealQuizItem, startQuiz } from '../../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quiz'))('title') };
}

/** The caller's open attempt at this quiz, resumed where it was left (after a reload or on another device). */
export default async function TakeQuizPage({ params }: Props) {
  const user = await requirePageUser();
  const def = await getDefinition(decodeURIComponent((await params).id));
  if (!def) notFound();
  const [t, title, open] = await Promise.all([getTranslations('quiz'), quizTitler(), openAttempt(user.id, def.id)]);
  const found = open ? await getAttempt(user.id, open.id) : null;
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-xl font-bold [overflow-wrap:anywhere]">{title(def)}</h1>
      {found ? (
        <QuizRunner
          definitionId={def.id}
          attemptId={found.attempt.id}
          items={await quizItemViews(found.attempt.items)}
          initialFeedback={await quizFeedback(found.attempt.items, found.answers)}
          certaintyOn={found.attempt.certainty}
          deadline={found.attempt.deadline?.toISOString() ?? null}
          serverNow={new Date().toISOString()}
          actions={{ answerQuizItem, finishQuiz, revealQuizItem }}
        />
      ) : (
        <>
          <p className="text-slate-600 dark:text-slate-400">{t('take.notStarted')}</p>
          <StartButton definitionId={def.id} resume={false} startQuiz={startQuiz} />
        </>
      )}
    </section>
  );
}
