import type { ActionResult } from '@/lib/auth/guard';

type Failure = Extract<ActionResult, { ok: false }>;

/** The `classes` message key for a failed action (field errors are shown by their fields). */
export function failureKey(r: Failure): string {
  if (r.error === 'rate_limited') return 'tooManyAttempts';
  if (r.error === 'forbidden') return 'forbidden';
  if (r.error === 'unauthenticated') return 'signedOut';
  if (r.error === 'not_found') return 'notFound';
  return 'failed';
}

const known = new Set([
  'nameRequired',
  'textInvalid',
  'codeRequired',
  'codeInvalid',
  'codeUnknown',
  'ownClass',
  'dateInvalid',
  'dueBeforeStart',
  'deckRequired',
  'quizRequired',
  'targetInvalid',
  'notAssignable',
  'classArchived',
  'limitInvalid',
]);

/** Field error keys as `classes` message keys; zod's own messages become a generic one. */
export const fieldKeys = (keys: string[] | undefined) => keys?.map((k) => (known.has(k) ? k : 'fieldInvalid'));
