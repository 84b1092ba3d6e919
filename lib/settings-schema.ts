import { z } from 'zod';

/** The first-run tour: finished or skipped (`done: true`), or asked for again. */
export const tourDoneSchema = z.object({ done: z.boolean() });
import { DEFAULT_LEARNING_STEPS, formatSteps, MAX_GRADUATING_INTERVAL, parseSteps } from '@/lib/srs/learning';
import { safeString } from '@/lib/validation/text';

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Learning steps as typed ("1m 10m", "1h"), stored in their canonical text; `min` steps at least. */
const steps = (min: number, fallback: readonly number[]) =>
  safeString()
    .max(100)
    .default(formatSteps(fallback))
    .transform((text, ctx) => {
      const parsed = parseSteps(text);
      if (!parsed || parsed.length < min) {
        ctx.addIssue({ code: 'custom', message: 'stepsInvalid' });
        return z.NEVER;
      }
      return formatSteps(parsed);
    });

const intervalFields = {
  graduatingInterval: int(1, MAX_GRADUATING_INTERVAL).default(DEFAULT_LEARNING_STEPS.graduatingInterval),
  easyInterval: int(1, 365).default(DEFAULT_LEARNING_STEPS.easyInterval),
};
const intervals = z.object(intervalFields);

export const settingsSchema = z
  .object({
    timeZone: safeString().trim().refine(isTimeZone, { error: 'fieldInvalid' }),
    rolloverHour: int(0, 23),
    newPerDay: int(0, 9999),
    reviewsPerDay: int(0, 99999),
    gradeScale: z.enum(['four', 'six']),
    locale: z.enum(['zh-CN', 'en', 'auto']).transform((v) => (v === 'auto' ? null : v)),
    // A checkbox: present ('on') when ticked, absent otherwise.
    fuzz: z.stringbool().default(false),
    leechAction: z.enum(['tag', 'suspend']),
    buryNewSiblings: z.stringbool().default(false),
    buryReviewSiblings: z.stringbool().default(false),
    scheduler: z.enum(['sm2', 'steps']).default('sm2'),
    newSteps: steps(1, DEFAULT_LEARNING_STEPS.newSteps),
    relearnSteps: steps(0, DEFAULT_LEARNING_STEPS.relearnSteps),
    ...intervalFields,
  })
  .refine((s) => Number(s.easyInterval) >= Number(s.graduatingInterval), {
    path: ['easyInterval'],
    message: 'easyBelowGraduating',
    // Checked whenever both intervals are valid, even if another field is not: every error at once.
    when: (payload) => intervals.safeParse(payload.value).success,
  });
