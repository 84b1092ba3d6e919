/**
 * Reads a route handler's JSON body with a size cap, counting the bytes as they arrive, so
 * neither a lying Content-Length nor a chunked upload can make the server buffer more.
 * Typed outcome, never a throw: 413 over the limit, 400 for anything that is not JSON.
 */
import { API_BODY_LIMIT } from './request-guard';

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: 'invalid' | 'too_large' };

export async function readJsonBody(request: Request, limit = API_BODY_LIMIT): Promise<JsonBody> {
  const bytes = await readCappedBytes(request, limit);
  if (!bytes) return { ok: false, status: 413, error: 'too_large' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'invalid' };
  }
}

/** The request body's bytes, or null once they pass `limit` (the reading stops there). */
export async function readCappedBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
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
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
