import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { fieldErrors, requireUser, type Role } from '@/lib/auth/guard';
import type { AppUser } from '@/lib/db/users';
import { env } from '@/lib/env';
import { appHosts, requestOrigin } from './origin';

/** The largest JSON body a route handler reads. */
export const maxJsonBytes = 64 * 1024;

const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status });

/** Reads at most `limit` bytes of the body; null when it is longer. */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

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
        const text = await readCapped(request, maxJsonBytes);
        if (text === null) return json(413, { error: 'too_large', maxBytes: maxJsonBytes });
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return json(400, { error: 'invalid', message: 'body is not JSON' });
        }
        const parsed = schema.safeParse(body);
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
