import { z } from 'zod';
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

export const settingsSchema = z.object({
  timeZone: safeString().trim().refine(isTimeZone, { error: 'fieldInvalid' }),
  rolloverHour: int(0, 23),
  newPerDay: int(0, 9999),
  reviewsPerDay: int(0, 99999),
  gradeScale: z.enum(['four', 'six']),
  locale: z.enum(['zh-CN', 'en', 'auto']).transform((v) => (v === 'auto' ? null : v)),
  // A checkbox: present ('on') when ticked, absent otherwise.
  fuzz: z.stringbool().default(false),
  leechAction: z.enum(['tag', 'suspend']),
});
