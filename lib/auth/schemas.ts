import { z } from 'zod';
import { isTimeZone } from '@/lib/settings-schema';
import { safeString } from '@/lib/validation/text';
import { passwordMax, passwordMin } from './password-limits';

export { passwordMax, passwordMin };

const email = safeString()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'emailInvalid' }));

/** Field errors carry i18n keys (auth.*) so the form shows them in the user's language. */
export const signUpSchema = z.object({
  email,
  password: safeString().min(passwordMin, { error: 'passwordShort' }).max(passwordMax, { error: 'passwordLong' }),
  name: safeString()
    .trim()
    .max(80)
    .optional()
    .transform((v) => v || undefined),
  /** The browser's zone, so the learner's day starts at their own 04:00 from the first review. */
  timeZone: safeString()
    .optional()
    .transform((v) => (v && isTimeZone(v) ? v : undefined)),
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: 'passwordRequired' }).max(passwordMax, { error: 'passwordLong' }),
});
