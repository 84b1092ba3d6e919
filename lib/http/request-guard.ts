/**
 * Requests refused before routing, decided from the method, the raw path and the headers
 * alone (pure: proxy.ts turns the answer into a response).
 *
 * - A path that does not percent-decode (`/decks/%E0%A4%A`, `/notes/%ZZ`) or decodes to a
 *   NUL byte: Next's own param decoding throws, then fails to render its `/400` page under
 *   the App Router and answers a bare 500. We answer 400 first.
 * - A server action whose declared body is over the limit: Next refuses it with an
 *   `ApiError(413)` but answers 500 for fetch actions (a TODO in its action handler). A body
 *   sent without Content-Length (chunked) still reaches Next's own limit.
 */
import { isSafeText } from '@/lib/validation/text';

/** Mirrors `experimental.serverActions.bodySizeLimit` in next.config.mjs (Next's default, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Route handlers take small JSON documents (a class name); see lib/http/body.ts. */
export const API_BODY_LIMIT = 64 * 1024;
/** The one upload route (an Anki package or a vault zip, multipart): lib/import/limits.ts plus form overhead. */
export const UPLOAD_PATH = '/api/import';
export const UPLOAD_BODY_LIMIT = 50 * 1024 * 1024 + 64 * 1024;

export type Refusal = { status: 400 | 413; error: 'bad_path' | 'too_large' };

/** Whether every segment of a raw (still encoded) path decodes to safe text. */
export function isWellEncodedPath(pathname: string): boolean {
  try {
    return pathname.split('/').every((segment) => isSafeText(decodeURIComponent(segment)));
  } catch {
    return false; // URIError: a stray %, a bad hex pair or a truncated UTF-8 sequence
  }
}

export function refuseRequest(req: { method: string; pathname: string; headers: Headers }): Refusal | null {
  if (!isWellEncodedPath(req.pathname)) return { status: 400, error: 'bad_path' };
  if (req.method === 'POST') {
    const length = Number(req.headers.get('content-length') ?? 0);
    const limit = req.headers.has('next-action')
      ? ACTION_BODY_LIMIT
      : req.pathname === UPLOAD_PATH
        ? UPLOAD_BODY_LIMIT
        : req.pathname.startsWith('/api/')
          ? API_BODY_LIMIT
          : null;
    if (limit !== null && length > limit) return { status: 413, error: 'too_large' };
  }
  return null;
}
