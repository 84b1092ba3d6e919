import { request as playwrightRequest, type APIResponse } from '@playwright/test';
import type { ActionArg, ActionEndpoint, ClassScope, PageEndpoint, RouteEndpoint } from '../lib/security/endpoints';
import { standingOf, type Identity } from './identities';
import { actionInfo, actionReply, fill, postAction } from './server-actions';

/**
 * One cell of the access matrix: an endpoint, a way of asking, a caller. `run` answers
 * null when the app did what the rules say, or a sentence saying what went wrong.
 */
export type Cell = (who: Identity) => Promise<string | null>;

export const foreignOrigin = 'http://127.0.0.1:9';

/**
 * The class the class-scoped endpoints are tried on (lib/security/endpoints.ts `ClassScope`):
 * owned by 'teacher', with 'learner' as a member; 'another learner' is in 'another teacher''s class.
 */
const classFixture: Record<string, string> = {};
export const setClassFixture = (ids: { classId: string; assignmentId: string }) => Object.assign(classFixture, ids);
const fillClass = (s: string) => s.replaceAll(/<(classId|assignmentId)>/g, (_, k: string) => classFixture[k] ?? `missing-${k}`);
const fillClassArg = (v: ActionArg): ActionArg =>
  typeof v === 'string'
    ? fillClass(v)
    : Array.isArray(v)
      ? v.map(fillClassArg)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillClassArg(x)]))
        : v;
/**
 * Who is outside the class for an endpoint: for a page, the other teacher and the other
 * class's learner; for a teacher action, the other teacher (learners are refused by role);
 * for a members' action (leaving), everyone but the class's learner.
 */
const outsider = (scope: ClassScope | undefined, name: string, kind: 'page' | 'action') =>
  scope !== undefined &&
  (kind === 'page' ? name.startsWith('another') : scope === 'teacher' ? name === 'another teacher' : name !== 'learner');
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Cookies a caller sends: its session (if any) and English, so messages can be matched. */
export const cookieHeader = (who: Identity) => [who.cookie, 'locale=en'].filter(Boolean).join('; ');

/** One throwaway request context per call, so no cookie set by one answer leaks into the next. */
export async function withRequest<T>(baseURL: string, fn: (r: import('@playwright/test').APIRequestContext) => Promise<T>): Promise<T> {
  const r = await playwrightRequest.newContext({ baseURL });
  try {
    return await fn(r);
  } finally {
    await r.dispose();
  }
}

type Answer = { status: number; location: string | null; body: Buffer; headers: Record<string, string> };
const answer = async (r: APIResponse): Promise<Answer> => ({
  status: r.status(),
  location: r.headers().location ?? null,
  body: await r.body(),
  headers: r.headers(),
});
const pathOf = (location: string | null, baseURL: string) => (location === null ? null : new URL(location, baseURL).pathname);
const describe = (a: Answer) => `${a.status}${a.location ? ` to ${a.location}` : ''} with ${a.body.length} bytes`;

/** A redirect to sign-in that carries nothing of the page (Next writes the target URL as the body of a proxy redirect). */
function signInRedirectProblem(a: Answer, baseURL: string): string | null {
  const empty = a.body.length === 0 || a.body.toString().trim() === a.location;
  if (a.status === 307 && pathOf(a.location, baseURL) === '/signin' && empty) return null;
  return `expected 307 to /signin with an empty body, got ${describe(a)}`;
}

async function getPage(baseURL: string, url: string, who: Identity, rsc: boolean): Promise<Answer> {
  return withRequest(baseURL, async (r) => {
    const headers: Record<string, string> = { cookie: cookieHeader(who) };
    if (rsc) headers.RSC = '1';
    let a = await answer(await r.get(url, { headers, maxRedirects: 0 }));
    // Next answers an RSC request without its `_rsc` cache key with a redirect to the same path plus the key.
    const to = a.location ? new URL(a.location, baseURL) : null;
    if (rsc && a.status === 307 && to && to.pathname === new URL(url, baseURL).pathname && to.searchParams.has('_rsc'))
      a = await answer(await r.get(to.pathname + to.search, { headers, maxRedirects: 0 }));
    return a;
  });
}

export function pageCell(p: PageEndpoint, rsc: boolean, baseURL: string): Cell {
  return async (who) => {
    const a = await getPage(baseURL, fillClass(p.sample), who, rsc);
    const standing = standingOf(who.name);
    const text = a.body.toString();
    // An RSC request to a page that calls notFound() gets 200 with Next's not-found payload.
    const notFound = a.status === 404 || (rsc && a.status === 200 && text.includes('NEXT_HTTP_ERROR_FALLBACK;404'));
    if (p.classScope && standing !== 'none' && outsider(p.classScope, who.name, 'page'))
      return notFound ? null : `expected 404 for someone outside the class, got ${describe(a)}`;
    if (p.role === 'public') {
      if (standing === 'none') return a.status === 200 ? null : `expected 200, got ${describe(a)}`;
      if (a.status === 307 && pathOf(a.location, baseURL) === '/') return null;
      if (rsc && a.status === 200 && text.includes('NEXT_REDIRECT;replace;/;')) return null;
      return `expected a redirect to /, got ${describe(a)}`;
    }
    if (standing === 'none') return signInRedirectProblem(a, baseURL);
    // A teacher's page is not found for a learner.
    if (p.role === 'teacher' && standing === 'learner') return notFound ? null : `expected 404, got ${describe(a)}`;
    if (p.ownerOnly) return notFound ? null : `expected 404 (the sample is nobody's), got ${describe(a)}`;
    if (a.status !== 200) return `expected 200, got ${describe(a)}`;
    // Every message is also in the page's data (for the client), so match rendered markup only.
    if (!rsc && !text.includes('aria-label="Main navigation"')) return 'expected the app page (its main navigation), got a page without it';
    if (p.teacherTools) {
      const teacherOnly = text.includes(rsc ? '"children":"Only teachers can create classes' : '>Only teachers can create classes');
      if (standing === 'learner' && !teacherOnly) return "expected the 'Only teachers…' message for a learner";
      if (standing === 'teacher' && teacherOnly) return "expected the teacher's tools, got the 'Only teachers…' message";
      if (standing === 'teacher' && !rsc && !/<button[^>]*>Create class</.test(text)) return "expected the teacher's 'Create class' button";
    }
    return null;
  };
}

export type RouteVariant = 'json' | 'text/plain' | 'octet-stream' | 'no content-type' | 'foreign origin';

async function sendRoute(baseURL: string, r: RouteEndpoint, who: Identity, variant: RouteVariant, body: string): Promise<Answer> {
  if (variant === 'no content-type') {
    // Playwright always adds a Content-Type; fetch with bytes sends none.
    const res = await fetch(new URL(r.sample.url, baseURL), {
      method: r.method,
      headers: { cookie: cookieHeader(who), origin: baseURL },
      body: new TextEncoder().encode(body),
      redirect: 'manual',
    });
    return { status: res.status, location: res.headers.get('location'), body: Buffer.from(await res.arrayBuffer()), headers: {} };
  }
  return withRequest(baseURL, async (req) => {
    const headers: Record<string, string> = { cookie: cookieHeader(who), origin: variant === 'foreign origin' ? foreignOrigin : baseURL };
    if (r.method === 'GET') return answer(await req.get(r.sample.url, { headers, maxRedirects: 0 }));
    if (variant === 'json' || variant === 'foreign origin') headers['content-type'] = 'application/json';
    if (variant === 'text/plain') headers['content-type'] = 'text/plain';
    return answer(await req.fetch(r.sample.url, { method: r.method, headers, data: body, maxRedirects: 0 }));
  });
}

const json = (a: Answer): unknown => {
  try {
    return JSON.parse(a.body.toString());
  } catch {
    return undefined;
  }
};

/** The names of a teacher's classes, as GET /api/classes lists them. */
export async function classNames(baseURL: string, who: Identity): Promise<string[]> {
  return withRequest(baseURL, async (r) => {
    const res = await r.get('/api/classes', { headers: { cookie: cookieHeader(who) } });
    const body = (await res.json()) as { classes?: { name: string }[] };
    return (body.classes ?? []).map((c) => c.name);
  });
}

export function routeCell(r: RouteEndpoint, variant: RouteVariant, baseURL: string): Cell {
  return async (who) => {
    const standing = standingOf(who.name);
    const name = `Matrix ${variant} ${unique()}`;
    const body = r.sample.json === undefined ? '' : JSON.stringify(r.sample.json).replaceAll('Matrix <unique>', name);
    const a = await sendRoute(baseURL, r, who, variant, body);
    if (a.status >= 500) return `expected no server error, got ${describe(a)}`;
    if (r.authjs) return authjsProblem(r, a, standing, baseURL);
    const allowed = r.role === 'public' || (standing !== 'none' && (r.role === 'learner' || standing === 'teacher'));
    if (variant !== 'json') {
      // A refused cross-site or non-JSON write: which check answers first is the handler's choice.
      const ok = standing === 'none' ? [401, 403, 415] : !allowed ? [403, 415] : variant === 'foreign origin' ? [403] : [415];
      if (!ok.includes(a.status)) return `expected ${ok.join(' or ')}, got ${describe(a)}`;
      if (standing === 'teacher' && (await classNames(baseURL, who)).includes(name)) return `the refused request created class '${name}'`;
      return null;
    }
    if (standing === 'none' && !allowed) {
      const err = (json(a) as { error?: string } | undefined)?.error;
      return a.status === 401 && err === 'unauthenticated' ? null : `expected 401 {error:'unauthenticated'}, got ${describe(a)}`;
    }
    if (!allowed) {
      const err = (json(a) as { error?: string } | undefined)?.error;
      return a.status === 403 && err === 'forbidden' ? null : `expected 403 {error:'forbidden'}, got ${describe(a)}`;
    }
    if (r.allowed === 'not_found') {
      const err = (json(a) as { error?: string } | undefined)?.error;
      return a.status === 404 && err === 'not_found' ? null : `expected 404 {error:'not_found'}, got ${describe(a)}`;
    }
    if (r.allowed === 'file') {
      const disposition = a.headers['content-disposition'] ?? '';
      return a.status === 200 && disposition.startsWith('attachment') ? null : `expected 200 with an attachment, got ${describe(a)}`;
    }
    // An upload route takes multipart/form-data only: the JSON probe is refused once the session checks pass.
    if (r.allowed === 'multipart') return a.status === 415 ? null : `expected 415 (multipart only), got ${describe(a)}`;
    const want = r.method === 'POST' ? 201 : 200;
    return a.status === want && json(a) !== undefined ? null : `expected ${want} JSON, got ${describe(a)}`;
  };
}

function authjsProblem(r: RouteEndpoint, a: Answer, standing: ReturnType<typeof standingOf>, baseURL: string): string | null {
  if (r.method === 'GET') {
    const session = json(a) as { user?: { role?: string } } | null | undefined;
    const role = session?.user?.role ?? null;
    if (a.status !== 200) return `expected 200, got ${describe(a)}`;
    if (standing === 'none') return role === null ? null : `expected no session, got a session with role '${role}'`;
    return role === standing ? null : `expected a session with role '${standing}', got ${role === null ? 'none' : `'${role}'`}`;
  }
  // Without Auth.js's CSRF token a POST is refused with a redirect and changes nothing.
  const to = a.location ? new URL(a.location, baseURL) : null;
  if (a.status !== 302 || to?.searchParams.get('error') !== 'MissingCSRF') return `expected 302 to ?error=MissingCSRF, got ${describe(a)}`;
  if (/authjs\.session-token=;/.test(a.headers['set-cookie'] ?? '')) return 'the refused sign-out cleared the session cookie';
  return null;
}

export type ActionVariant = 'same origin' | 'foreign origin';

/** Calls an action as `who` and says what the rules expect of the answer. */
export function actionCell(act: ActionEndpoint, variant: ActionVariant, baseURL: string): Cell {
  return async (who) => {
    const info = actionInfo(act);
    if (!info) return 'not in this build (.next/server/server-reference-manifest.json)';
    const standing = standingOf(who.name);
    const args = act.sample.map((s) => fillClassArg(fill(s, unique())));
    const origin = variant === 'foreign origin' ? foreignOrigin : baseURL;
    const a = await withRequest(baseURL, async (r) =>
      answer(await postAction(r, { id: info.id, page: fillClass(act.page), args, origin, cookie: cookieHeader(who) })),
    );
    if (variant === 'foreign origin') return a.status === 403 ? null : `expected HTTP 403, got ${describe(a)}`;
    if (a.status >= 500) return `expected a typed answer, got ${describe(a)}`;
    // The proxy may turn away a caller without a valid session before the action runs.
    if (standing === 'none' && a.status === 307) return signInRedirectProblem(a, baseURL);
    if (a.status !== 200) return `expected 200 with the action's answer, got ${describe(a)}`;
    const reply = actionReply(a.body);
    const redirect = a.headers['x-action-redirect'];
    const allowed = act.role === 'public' || (standing !== 'none' && (act.role === 'learner' || standing === 'teacher'));
    const got =
      reply.kind === 'value'
        ? (JSON.stringify(reply.value) ?? 'undefined')
        : reply.kind === 'error'
          ? `a thrown error (digest ${reply.digest})`
          : 'no value';
    const expectValue = (want: (v: unknown) => boolean, what: string) =>
      reply.kind === 'value' && want(reply.value) ? null : `expected ${what}, got ${got}`;
    const isError = (code: string) => (v: unknown) =>
      (v as { ok?: boolean; error?: string } | undefined)?.error === code && (v as { ok?: boolean }).ok === false;
    if (!allowed) {
      if (act.returns === 'void') return expectValue((v) => v === undefined, 'nothing (a form action)');
      return expectValue(
        isError(standing === 'none' ? 'unauthenticated' : 'forbidden'),
        `{ ok:false, error:'${standing === 'none' ? 'unauthenticated' : 'forbidden'}' }`,
      );
    }
    // Ownership and membership are in the query: someone outside the class finds nothing.
    if (outsider(act.classScope, who.name, 'action'))
      return expectValue(isError('not_found'), "{ ok:false, error:'not_found' } for someone outside the class");
    switch (act.returns) {
      case 'redirect':
        return redirect && new URL(redirect.split(';')[0]!, baseURL).pathname === '/signin'
          ? null
          : `expected a redirect to /signin, got ${redirect ?? 'none'}`;
      case 'void':
        return expectValue((v) => v === undefined, 'nothing (a form action)');
      case 'form-state':
        return expectValue((v) => typeof v === 'object' && v !== null && 'fieldErrors' in v, 'a form state with field errors');
      case 'result':
        return act.allowed === 'not_found'
          ? expectValue(isError('not_found'), "{ ok:false, error:'not_found' }")
          : expectValue((v) => (v as { ok?: boolean })?.ok === true, '{ ok:true }');
    }
  };
}
