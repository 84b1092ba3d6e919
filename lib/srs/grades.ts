/**
 * The grade buttons of the review screen, and the interval each would give.
 * Labels are i18n keys (next-intl messages), never display strings.
 */
import { dayKey, daysBetween, DEFAULT_ROLLOVER_HOUR } from './day';
import { isSameDayRepeat, schedule, type CardState, type Grade, type ScheduleOptions } from './sm2';
import { REPEAT_DELAY_MINUTES } from './queue';

/** 'four': Again/Hard/Good/Easy on keys 1-4 (the default). 'six': the full 0-5 scale on keys 0-5. */
export type GradeScale = 'four' | 'six';

export interface GradeButton {
  grade: Grade;
  /** Keyboard key (`KeyboardEvent.key`). */
  key: string;
  /** i18n message key. */
  labelKey: string;
}

/** Button layouts. Four buttons map to q = 1/3/4/5: Again is a failure, Hard is SM-2's 3 (EF − 0.14). */
export const GRADE_BUTTONS: Readonly<Record<GradeScale, readonly GradeButton[]>> = {
  four: [
    { grade: 1, key: '1', labelKey: 'review.grade.again' },
    { grade: 3, key: '2', labelKey: 'review.grade.hard' },
    { grade: 4, key: '3', labelKey: 'review.grade.good' },
    { grade: 5, key: '4', labelKey: 'review.grade.easy' },
  ],
  six: [
    { grade: 0, key: '0', labelKey: 'review.grade.blackout' },
    { grade: 1, key: '1', labelKey: 'review.grade.incorrectRemembered' },
    { grade: 2, key: '2', labelKey: 'review.grade.incorrectEasy' },
    { grade: 3, key: '3', labelKey: 'review.grade.correctDifficult' },
    { grade: 4, key: '4', labelKey: 'review.grade.correctHesitant' },
    { grade: 5, key: '5', labelKey: 'review.grade.perfect' },
  ],
};

/** The grade a key press means on `scale`, or null if the key is not a grade key. */
export function gradeForKey(scale: GradeScale, key: string): Grade | null {
  return GRADE_BUTTONS[scale].find((b) => b.key === key)?.grade ?? null;
}

export interface IntervalPreview extends GradeButton {
  /** Days until the card is next due if this button is pressed; a fraction for an in-day repeat or a learning step. */
  days: number;
  /** The card would also come back today (grade < 4). */
  repeatToday: boolean;
  /** `formatInterval(days)`, e.g. '10m', '1d', '2mo'. */
  label: string;
}

/**
 * What each button of `scale` would do to the card, computed with `schedule` itself
 * (same options, same fuzz seed), so the preview always matches the answer.
 * During same-day repeats a grade < 4 shows the repeat delay ('10m') and a grade
 * >= 4 the days left to the already scheduled due day. With learning steps
 * (`options.learning`) a button that keeps the card in a step shows the step's delay:
 * a new card shows 1m / 6m / 10m / 4d with the default steps.
 */
export function previewIntervals(state: CardState | null, now: Date, options: ScheduleOptions & { scale?: GradeScale }): IntervalPreview[] {
  const rollover = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  const today = dayKey(now, options.timeZone, rollover);
  const drilling = isSameDayRepeat(state, now, options);
  return GRADE_BUTTONS[options.scale ?? 'four'].map((button) => {
    const next = schedule(state, button.grade, now, options);
    const days =
      next.learningStep !== null && next.stepDue
        ? (next.stepDue.getTime() - now.getTime()) / 86_400_000
        : drilling && next.repeatToday
          ? REPEAT_DELAY_MINUTES / 1440
          : daysBetween(today, dayKey(next.due, options.timeZone, rollover));
    return { ...button, days, repeatToday: next.repeatToday, label: formatInterval(days) };
  });
}

function oneDecimal(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The unit of an interval label; the UI names it in the learner's language (`review.interval.*`). */
export type IntervalUnit = 'today' | 'min' | 'h' | 'd' | 'mo' | 'y';

/** An interval as a count and a unit: minutes under an hour, hours under a day, 30-day months, 365-day years. */
export function intervalParts(days: number): { value: number; unit: IntervalUnit } {
  if (days <= 0) return { value: 0, unit: 'today' };
  if (days < 1 / 24) return { value: Math.max(1, Math.round(days * 1440)), unit: 'min' };
  if (days < 1) return { value: Math.round(days * 24), unit: 'h' };
  if (Math.round(days) < 30) return { value: Math.round(days), unit: 'd' };
  if (days < 365) return { value: oneDecimal(days / 30), unit: 'mo' };
  return { value: oneDecimal(days / 365), unit: 'y' };
}

const SHORT: Record<Exclude<IntervalUnit, 'today'>, string> = { min: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' };

/**
 * A short, language-neutral interval label: 'today' (0), '10m', '3h', '6d', '1.5mo' (30-day months),
 * '1.2y' (365-day years). Screens show `intervalParts` through the messages instead.
 */
export function formatInterval(days: number): string {
  const { value, unit } = intervalParts(days);
  return unit === 'today' ? 'today' : `${value}${SHORT[unit]}`;
}

/**
 * The grade to suggest on `scale` for a computed `grade`: itself if the layout has that button,
 * else the highest button below it (a failing grade stays failing), else the lowest button.
 * On four buttons a predict card's 0 or 2 becomes Again (1).
 */
export function gradeOnScale(scale: GradeScale, grade: Grade): Grade {
  const grades = GRADE_BUTTONS[scale].map((b) => b.grade);
  if (grades.includes(grade)) return grade;
  const below = grades.filter((g) => g < grade);
  return below.length ? (Math.max(...below) as Grade) : (Math.min(...grades) as Grade);
}
