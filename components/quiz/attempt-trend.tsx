import { getTranslations } from 'next-intl/server';
import type { TrendPoint } from '@/lib/quiz/results';
import { TrendChart } from './trend-chart';

/** The trend of a learner's finished attempts at one quiz, with its labels (the quiz page and the results page). */
export async function AttemptTrend({ points }: { points: TrendPoint[] }) {
  const t = await getTranslations('quiz.definition');
  return <TrendChart points={points} labels={{ title: t('trend'), plain: t('trendPlain'), cbm: t('trendCbm'), x: t('attemptN') }} />;
}
