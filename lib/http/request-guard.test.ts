import { describe, expect, it } from 'vitest';
import { readJsonBody } from './body';
import { ACTION_BODY_LIMIT, API_BODY_LIMIT, isWellEncodedPath, refuseRequest, UPLOAD_BODY_LIMIT } from './request-guard';

const req = (pathname: string, method = 'GET', headers: Record<string, string> = {}) => ({
  method,
  pathname,
  headers: new Headers(headers),
});

describe('isWellEncodedPath', () => {
  it('refuses paths that do not percent-decode, or decode to a NUL byte', () => {
    for (const p of ['/decks/%E0%A4%A', '/notes/%ZZ', '/lab/%', '/review/%E0', '/decks/%ED%A0%80', '/decks/%00', '/a/%C0%AF']) {
      expect(isWellEncodedPath(p), p).toBe(false);
    }
  });
  it('accepts ordinary and well-encoded paths', () => {
    for (const p of ['/', '/decks/cnn-basics', '/notes/%E5%8D%B7%E7%A7%AF', '/decks/a%20b', '/review/%25', '/notes/x#y']) {
      expect(isWellEncodedPath(p), p).toBe(true);
    }
  });
});

describe('refuseRequest', () => {
  it('answers 400 for a malformed path, whatever the method', () => {
    expect(refuseRequest(req('/notes/%ZZ'))).toEqual({ status: 400, error: 'bad_path' });
    expect(refuseRequest(req('/decks/%E0%A4%A', 'POST'))).toEqual({ status: 400, error: 'bad_path' });
  });
  it('answers 413 for a server action or an API post declaring a body over the limit', () => {
    const action = { 'next-action': 'abc', 'content-length': String(ACTION_BODY_LIMIT + 1) };
    expect(refuseRequest(req('/review', 'POST', action))).toEqual({ status: 413, error: 'too_large' });
    expect(refuseRequest(req('/review', 'POST', { ...action, 'content-length': String(ACTION_BODY_LIMIT) }))).toBeNull();
    expect(refuseRequest(req('/api/classes', 'POST', { 'content-length': String(API_BODY_LIMIT + 1) }))).toEqual({
      status: 413,
      error: 'too_large',
    });
    expect(refuseRequest(req('/api/classes', 'POST', { 'content-length': '20' }))).toBeNull();
    expect(refuseRequest(req('/decks/a', 'GET'))).toBeNull();
  });
});

describe('readJsonBody', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x/api', { method: 'POST', body, headers });

  it('parses JSON under the limit', async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: 'Class 1' })))).toEqual({ ok: true, value: { name: 'Class 1' } });
  });
  it('answers 413 over the limit, even when Content-Length is missing (a stream)', async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: 'x'.repeat(2_000_000) })))).toMatchObject({ ok: false, status: 413 });
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 128) c.enqueue(chunk);
        else c.close();
      },
    });
    const r = new Request('http://x/api', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await readJsonBody(r, 64 * 1024)).toMatchObject({ ok: false, status: 413 });
    expect(sent).toBeLessThan(128); // stopped reading once over the limit
  });
  it('answers 400 for text that is not JSON or not UTF-8', async () => {
    expect(await readJsonBody(post('name=x'))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ ok: false, status: 400 });
  });
});

describe('the upload route', () => {
  it('takes a package up to the upload limit, and no more; other API posts keep the small limit', () => {
    const post = (path: string, length: number) => refuseRequest(req(path, 'POST', { 'content-length': String(length) }));
    expect(post('/api/import', 10 * 1024 * 1024)).toBeNull();
    expect(post('/api/import', UPLOAD_BODY_LIMIT + 1)).toEqual({ status: 413, error: 'too_large' });
    expect(post('/api/import/x', API_BODY_LIMIT + 1)).toEqual({ status: 413, error: 'too_large' });
  });
});
