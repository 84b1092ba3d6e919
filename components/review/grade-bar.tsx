'use client';

import { useTranslations } from 'next-intl';
import { GRADE_BUTTONS, intervalParts, type Grade, type GradeScale, type IntervalPreview } from '@/lib/srs';

/** `review.grade.good` → `grade.good` (the srs label keys include the namespace). */
export const gradeMessageKey = (labelKey: string) => labelKey.replace(/^review\./, '');

/** The message key naming `grade` on `scale`; a grade the scale has no button for (0, 2 on four) takes its six-scale name. */
export function gradeLabelKey(scale: GradeScale, grade: Grade): string {
  const button = GRADE_BUTTONS[scale].find((b) => b.grade === grade) ?? GRADE_BUTTONS.six.find((b) => b.grade === grade);
  return gradeMessageKey(button?.labelKey ?? 'review.grade.good');
}

const tone: Record<Grade, string> = {
  0: 'border-red-300 text-red-800 dark:border-red-800 dark:text-red-300',
  1: 'border-red-300 text-red-800 dark:border-red-800 dark:text-red-300',
  2: 'border-orange-300 text-orange-800 dark:border-orange-800 dark:text-orange-300',
  3: 'border-amber-300 text-amber-800 dark:border-amber-700 dark:text-amber-300',
  4: 'border-green-300 text-green-800 dark:border-green-800 dark:text-green-300',
  5: 'border-sky-300 text-sky-800 dark:border-sky-800 dark:text-sky-300',
};

/**
 * The grade buttons, each with the interval it would give (in the learner's units) and its key.
 * A button whose card also comes back today carries ↻, explained once under the buttons.
 */
export function GradeBar({
  previews,
  suggested,
  allowed,
  onGrade,
}: {
  previews: IntervalPreview[];
  suggested: Grade | null;
  /** Grades the server would accept (a wrong prediction cannot pass). */
  allowed: (g: Grade) => boolean;
  onGrade: (g: Grade) => void;
}) {
  const t = useTranslations('review');
  const cols = previews.length === 6 ? 'grid-cols-3 sm:grid-cols-6' : 'grid-cols-4';
  const repeats = (p: IntervalPreview) => p.repeatToday && p.days >= 1;
  return (
    <div className="grid gap-2">
      <div role="group" aria-label={t('gradeGroup')} className={`grid gap-2 ${cols}`}>
        {previews.map((p) => {
          const label = t(gradeMessageKey(p.labelKey));
          const { value, unit } = intervalParts(p.days);
          const interval = t(`interval.${unit}`, { value });
          const isSuggested = suggested === p.grade;
          return (
            <button
              key={p.grade}
              type="button"
              onClick={() => onGrade(p.grade)}
              disabled={!allowed(p.grade)}
              aria-keyshortcuts={p.key}
              // The name starts with the visible label and interval (WCAG 2.5.3); the key is in aria-keyshortcuts.
              aria-label={t(repeats(p) ? 'gradeButtonRepeat' : 'gradeButton', { label, interval })}
              data-grade={p.grade}
              className={`flex min-h-14 flex-col items-center justify-center rounded-lg border-2 bg-white px-1 py-2 text-sm font-medium transition-colors hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-40 dark:bg-slate-900 dark:hover:bg-slate-800 ${tone[p.grade]} ${isSuggested ? 'ring-2 ring-indigo-500 ring-offset-2 ring-offset-white dark:ring-offset-slate-950' : ''}`}
            >
              <span className="leading-tight">{label}</span>{' '}
              <span className="mt-0.5 text-xs text-slate-600 tabular-nums dark:text-slate-300">
                {interval}
                {repeats(p) ? (
                  <span aria-hidden title={t('againToday')}>
                    {' '}
                    ↻
                  </span>
                ) : null}
              </span>
              <kbd aria-hidden className="mt-0.5 hidden font-mono text-xs text-slate-500 sm:block dark:text-slate-400">
                {p.key}
              </kbd>
            </button>
          );
        })}
      </div>
      {previews.some(repeats) && <p className="text-xs text-slate-600 dark:text-slate-400">{t('againTodayLegend')}</p>}
    </div>
  );
}
