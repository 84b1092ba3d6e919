import { z } from 'zod';

/**
 * Text a user may send: no NUL bytes (PostgreSQL rejects them in `text`) and no lone
 * UTF-16 surrogates (they cannot be encoded, and two different ones would collide).
 * `String.prototype.isWellFormed` is Node 20+, which `engines` requires.
 */
export function isSafeText(s: string): boolean {
  return !s.includes('\u0000') && s.isWellFormed();
}

/** A zod string that rejects unsafe text with the i18n key `textInvalid`. */
export const safeString = () => z.string().refine(isSafeText, { error: 'textInvalid' });

/** Client-made keys (idempotency keys): a safe alphabet and a bounded length. */
export const keyString = (min = 8, max = 100) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_:.-]+$/, { error: 'keyInvalid' });
