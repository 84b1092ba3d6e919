import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { fieldErrors, requireUser, type Role } from '@/lib/auth/guard';
import type { AppUser } from '@/lib/db/users';
import { env } from '@/lib/env';
import { readJsonBody } from './body';
import { appHosts, requestOrigin } from './origin';

const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status });

type Handler<I> = (ctx: { user: AppUser; input: I; request: Request }) => Promise<Response>;

/**
 * Wraps a route handler the way `authedAction` wraps a server action: it checks who is
 * asking and, for a state-changing method, that the request is a same-origin JSON request
 * (CSRF: a form on another origin can send neither), then parses the body with zod. The
 * handler only runs for an authorised caller with valid input.
 *
 * 403 cross-origin or wrong role · 415 not JSON · 401 no valid session · 413 body too large · 400 invalid.
 */
export function authedRoute<S extends z.ZodType>(role: Role, schema: S, fn: Handler<z.infer<S>>): (request: Request) => Promise<Response>;
export function authedRoute(role: Role, fn: Handler<undefined>): (request: Request) => Promise<Response>;
export function authedRoute<S extends z.ZodType>(role: Role, a: S | Handler<undefined>, b?: Handler<z.infer<S>>) {
  const schema = typeof a === 'function' ? undefined : a;
  const fn = (typeof a === 'function' ? a : b) as Handler<unknown>;
  return async (request: Request): Promise<Response> => {
    try {
      if (schema) {
        const origin = requestOrigin(request.headers, appHosts(request.headers, env().TRUST_PROXY > 0));
        if (origin !== 'same-origin') return json(403, { error: 'cross_origin' });
        const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
        if (type !== 'application/json') return json(415, { error: 'unsupported_media_type', expected: 'application/json' });
      }
      const guard = await requireUser(role);
      if (!guard.ok) return json(guard.error === 'forbidden' ? 403 : 401, { error: guard.error });
      let input: unknown;
      if (schema) {
        const body = await readJsonBody(request);
        if (!body.ok) return json(body.status, { error: body.error });
        const parsed = schema.safeParse(body.value);
        if (!parsed.success) return json(400, { error: 'invalid', fieldErrors: fieldErrors(parsed.error) });
        input = parsed.data;
      }
      return await fn({ user: guard.user, input, request });
    } catch (e) {
      console.error('[route] failed:', e instanceof Error ? e.message : e);
      return json(500, { error: 'failed' });
    }
  };
}
