import 'server-only';
import { NextResponse } from 'next/server';
import { requireUser, type Role } from '@/lib/auth/guard';
import type { AppUser } from '@/lib/db/users';
import { env } from '@/lib/env';
import { readCappedBytes } from './body';
import { appHosts, requestOrigin } from './origin';
import { UPLOAD_BODY_LIMIT } from './request-guard';

const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status });

/**
 * The upload counterpart of `authedRoute`: the same same-origin check (CSRF), but the body
 * must be `multipart/form-data` (a cross-site form can send that type, which is why the
 * Origin check comes first and is never skipped), read with a byte cap as it arrives.
 *
 * 403 cross-origin or wrong role · 415 not multipart · 401 no session · 413 too large · 400 not a form.
 */
export function authedUpload(role: Role, fn: (ctx: { user: AppUser; form: FormData }) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const origin = requestOrigin(request.headers, appHosts(request.headers, env().TRUST_PROXY > 0));
      if (origin !== 'same-origin') return json(403, { error: 'cross_origin' });
      const type = request.headers.get('content-type') ?? '';
      if (type.split(';')[0]?.trim().toLowerCase() !== 'multipart/form-data') {
        return json(415, { error: 'unsupported_media_type', expected: 'multipart/form-data' });
      }
      const guard = await requireUser(role);
      if (!guard.ok) return json(guard.error === 'forbidden' ? 403 : 401, { error: guard.error });
      const body = await readCappedBytes(request, UPLOAD_BODY_LIMIT);
      if (!body) return json(413, { error: 'too_large' });
      let form: FormData;
      try {
        form = await new Response(body, { headers: { 'content-type': type } }).formData();
      } catch {
        return json(400, { error: 'invalid' });
      }
      return await fn({ user: guard.user, form });
    } catch (e) {
      console.error('[upload] failed:', e instanceof Error ? e.message : e);
      return json(500, { error: 'failed' });
    }
  };
}
