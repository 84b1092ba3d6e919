// Server actions over HTTP with fetch, exactly as the browser calls them (see
// e2e/server-actions.ts): a POST to the page with `Next-Action: <id>`, the arguments in
// React's reply encoding, and the RSC reply read back into the returned value.
import { actionInfo, actionReply, type ActionReply } from '../../e2e/server-actions';
import { actions } from '@/lib/security/endpoints';

export type Action = { id: string; page: string };

export function action(name: string): Action {
  const a = actions.find((x) => x.name === name);
  const info = a && actionInfo(a);
  if (!a?.page || !info) throw new Error(`server action ${name} is not in this build (.next/server/server-reference-manifest.json)`);
  return { id: info.id, page: a.page };
}

export type ActionResponse = { status: number; reply: ActionReply | null; setCookie: string[] };

/** One JSON-argument call (the answer path): text/plain body, RSC reply. */
export async function callAction(base: string, a: Action, args: unknown[], cookie: string, timeoutMs = 30_000): Promise<ActionResponse> {
  const res = await fetch(base + a.page, {
    method: 'POST',
    headers: {
      'Next-Action': a.id,
      Origin: base,
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      Cookie: cookie,
    },
    body: JSON.stringify(args),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = Buffer.from(await res.arrayBuffer());
  let reply: ActionReply | null = null;
  if (res.status < 300) {
    try {
      reply = actionReply(body);
    } catch {
      reply = null;
    }
  }
  return { status: res.status, reply, setCookie: res.headers.getSetCookie() };
}

/**
 * Signs in through the real Auth.js credentials flow: the sign-in form's server action
 * (multipart: the form as `_1_<field>`, then the root `[{}, "$K1"]`). Returns the session cookie.
 */
export async function signIn(base: string, a: Action, email: string, password: string): Promise<string> {
  const form = new FormData();
  form.append('_1_email', email);
  form.append('_1_password', password);
  form.append('0', JSON.stringify([{}, '$K1']));
  const res = await fetch(base + a.page, {
    method: 'POST',
    headers: { 'Next-Action': a.id, Origin: base, Accept: 'text/x-component' },
    body: form,
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  });
  await res.arrayBuffer();
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => /^(__Secure-)?authjs\.session-token=./.test(c));
  if (!session) throw new Error(`sign-in of ${email} set no session cookie (HTTP ${res.status})`);
  return session;
}
