import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { AppUser } from '@/lib/db/users';
import { currentUser } from './session';

export type Role = 'learner' | 'teacher';

/** What every server action returns: typed, never a thrown 500. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** `key_reused`: an idempotency key sent again with another payload (HTTP 409 semantics). */
      error: 'unauthenticated' | 'forbidden' | 'invalid' | 'conflict' | 'key_reused' | 'not_found' | 'rate_limited' | 'failed';
      fieldErrors?: Record<string, string[]>;
      message?: string;
      /** With `rate_limited`: minutes until the caller may try again. */
      retryInMinutes?: number;
    };

export type GuardError = Extract<ActionResult, { ok: false }>;

/** Checks the session and the role. Teachers may do everything learners may. */
export async function requireUser(role: Role = 'learner'): Promise<{ ok: true; user: AppUser } | GuardError> {
  const user = await currentUser();
  if (!user) return { ok: false, error: 'unauthenticated' };
  if (role === 'teacher' && user.role !== 'teacher') return { ok: false, error: 'forbidden' };
  return { ok: true, user };
}

/** Field errors keyed by field name, from a zod error. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Wraps a server action: parses its input with zod, checks the session and the role,
 * and turns unexpected failures into a typed error. The action body only runs for
 * an authorised caller with valid input.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  role: Role,
  fn: (input: z.infer<S>, user: AppUser) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    let guard: Awaited<ReturnType<typeof requireUser>>;
    try {
      guard = await requireUser(role);
    } catch (e) {
      // The session check reads the user: with the database away (a restart, say) that is a
      // typed, retryable `failed`, like any other failure here, never a 500.
      unstable_rethrow(e);
      console.error('[action] failed:', e instanceof Error ? e.message : e);
      return { ok: false, error: 'failed' };
    }
    if (!guard.ok) return guard;
    const parsed = schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) };
    try {
      return await fn(parsed.data, guard.user);
    } catch (e) {
      console.error('[action] failed:', e instanceof Error ? e.message : e);
      return { ok: false, error: 'failed' };
    }
  };
}
