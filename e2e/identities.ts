import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, type Browser } from '@playwright/test';
import { actions } from '../lib/security/endpoints';
import { uniqueEmail } from './helpers';
import { actionInfo, postAction } from './server-actions';

/** The callers of the access matrix. */
export const identityNames = [
  'anonymous',
  'forged cookie',
  'signed-out token',
  'learner',
  'another learner',
  'teacher',
  'another teacher',
] as const;
export type IdentityName = (typeof identityNames)[number];

/** What the server should take the caller for: nobody, a learner or a teacher. */
export const standingOf = (name: IdentityName): 'none' | 'learner' | 'teacher' =>
  name.includes('teacher') ? 'teacher' : name.includes('learner') ? 'learner' : 'none';

export type Identity = { name: IdentityName; cookie?: string; email?: string; password?: string };

export const sessionCookie = 'authjs.session-token';
const password = 'matrix-long-enough-password';

const slow = { timeout: 60_000 }; // two cores shared with other builds: be patient

/** Makes a learner a teacher the way a person does: the Settings page's "Become a teacher" button. */
async function becomeTeacher(browser: Browser, baseURL: string, user: { cookie: string; email: string }): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const [name, value] = user.cookie.split(/=(.*)/s) as [string, string];
  await context.addCookies([
    { name: 'locale', value: 'en', url: baseURL },
    { name, value, url: baseURL },
  ]);
  const page = await context.newPage();
  await page.goto('/settings');
  const button = page.getByRole('button', { name: 'Become a teacher' });
  await button.click(slow);
  await expect(button).toBeHidden(slow);
  await page.goto('/settings');
  const signedIn = new URL(page.url()).pathname === '/settings';
  if (signedIn) await expect(page.getByText('You are a teacher.')).toBeVisible(slow);
  const cookie = (await context.cookies()).find((c) => c.name === sessionCookie);
  await context.close();
  // A role change may end the user's sessions: then sign in again.
  if (!signedIn || !cookie || (await sessionStatus(baseURL, `${sessionCookie}=${cookie.value}`)) !== 200)
    return (await signInByRequest(baseURL, user.email)) ?? user.cookie;
  return `${sessionCookie}=${cookie.value}`;
}

/** The status GET /api/classes gives a cookie: 200 for a teacher's live session. */
async function sessionStatus(baseURL: string, cookie: string): Promise<number> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    return (await api.get('/api/classes', { headers: { cookie } })).status();
  } finally {
    await api.dispose();
  }
}

async function makeAll(browser: () => Promise<Browser>, baseURL: string): Promise<Identity[]> {
  const out: Identity[] = [
    { name: 'anonymous' },
    { name: 'forged cookie', cookie: `${sessionCookie}=forged-${Date.now().toString(36)}.not-a-jwe` },
  ];
  // Signed-out token: sign up, keep the cookie, sign out as the header's button does, replay the copy.
  const gone = await throwawayUser(baseURL, 'learner');
  await callForCookie(baseURL, 'signOutAction', [{ formData: {} }], gone.cookie);
  out.push({ name: 'signed-out token', ...gone, password });
  for (const name of ['learner', 'another learner'] as const) out.push({ name, ...(await throwawayUser(baseURL, 'learner')), password });
  const b = await browser();
  try {
    for (const name of ['teacher', 'another teacher'] as const) {
      const u = await throwawayUser(baseURL, 'learner');
      out.push({ name, cookie: await becomeTeacher(b, baseURL, u), email: u.email, password });
    }
  } finally {
    await b.close();
  }
  return out;
}

/**
 * The identities of this run, made once and kept in the output folder (Playwright empties
 * it at the start of each run), so a worker restarted after a failed test reuses them
 * instead of signing up seven more users.
 */
export async function identities(launch: () => Promise<Browser>, baseURL: string, outputDir: string): Promise<Identity[]> {
  const file = path.join(outputDir, 'access-matrix-identities.json');
  const stamp = `${process.ppid}:${baseURL}`;
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { stamp: string; identities: Identity[] };
    if (cached.stamp === stamp) return cached.identities;
  }
  const made = await makeAll(launch, baseURL);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(file, JSON.stringify({ stamp, identities: made }));
  return made;
}

const byName = (name: string) => {
  const a = actions.find((x) => x.name === name)!;
  return { a, id: actionInfo(a)!.id };
};

/** Calls an auth or settings action over HTTP and returns the session cookie it set, if any. */
async function callForCookie(baseURL: string, name: string, args: Parameters<typeof postAction>[1]['args'], cookie?: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const { a, id } = byName(name);
    const res = await postAction(api, { id, page: a.page, args, origin: baseURL, cookie });
    expect(res.status(), `${name} while making a throwaway user`).toBe(200);
    const set = res.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${sessionCookie}=`));
    const value = set?.value.split(';')[0];
    return value && value !== `${sessionCookie}=` ? value : undefined;
  } finally {
    await api.dispose();
  }
}

async function signInByRequest(baseURL: string, email: string): Promise<string | undefined> {
  return callForCookie(baseURL, 'signInAction', [{}, { formData: { email, password } }]);
}

/**
 * A throwaway user for a call that changes who the caller is (sign-out, becoming a
 * teacher): signed up through the app's own sign-up action, over HTTP, which is quicker
 * than a browser and leaves the shared identities alone.
 */
export async function throwawayUser(baseURL: string, role: 'learner' | 'teacher'): Promise<{ cookie: string; email: string }> {
  const email = uniqueEmail('matrix-throwaway');
  const form = { formData: { email, password } };
  let cookie = await callForCookie(baseURL, 'signUpAction', [{}, form]);
  if (!cookie) throw new Error(`sign-up of ${email} set no session cookie`);
  if (role === 'teacher') {
    cookie = (await callForCookie(baseURL, 'becomeTeacherAction', [{}], cookie)) ?? cookie;
    // A role change may end the user's sessions: then sign in again.
    const api = await playwrightRequest.newContext({ baseURL });
    const status = (await api.get('/api/classes', { headers: { cookie } })).status();
    await api.dispose();
    if (status !== 200) cookie = await signInByRequest(baseURL, email);
    if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  }
  return { cookie, email };
}
