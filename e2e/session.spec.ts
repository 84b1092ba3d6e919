import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIResponse, type BrowserContext } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Regression tests for issue 8, findings 1-3: what a stale, forged or replayed session
// token gets, and what a page on another origin can make a signed-in browser do.

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const sessionToken = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === 'authjs.session-token')?.value;

/**
 * The body of a redirect to sign-in: nothing of the page. Next's server writes the target
 * URL as the body of every redirect (router-server.js, `res.end(destination)`), so that
 * and nothing else is allowed.
 */
async function expectEmptyRedirect(res: APIResponse, what: string) {
  expect(res.status(), what).toBe(307);
  const location = res.headers()['location'] ?? '';
  expect(location, what).toMatch(/^\/signin/);
  expect(['', location], what).toContain((await res.body()).toString('utf8'));
}

/** A request carrying only this session token, as an attacker replaying a copied cookie would send it. */
const asToken = (token: string, extra: Record<string, string> = {}) => ({ cookie: `authjs.session-token=${token}`, ...extra });

test('a forged session cookie gets an empty redirect, for HTML and RSC requests alike', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  for (const headers of [asToken('forged'), asToken('forged', { RSC: '1' })]) {
    await expectEmptyRedirect(await api.get('/decks/normalization', { headers, maxRedirects: 0 }), JSON.stringify(headers));
  }
  expect((await api.get('/api/classes', { headers: asToken('forged') })).status()).toBe(401);
  await api.dispose();
});

test('sign-out ends the session: a copied token stops working at once', async ({ page, context, playwright, baseURL }) => {
  await signUp(page, uniqueEmail('signout'));
  const token = (await sessionToken(context))!;
  const api = await playwright.request.newContext({ baseURL });
  const before = await api.get('/stats', { headers: asToken(token), maxRedirects: 0 });
  expect(before.status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Recall Lab' })).toBeVisible();

  for (const path of ['/stats', '/decks/normalization', '/']) {
    await expectEmptyRedirect(await api.get(path, { headers: asToken(token), maxRedirects: 0 }), path);
  }
  expect(await (await api.get('/api/auth/session', { headers: asToken(token) })).json()).toBeNull();
  await api.dispose();
});

test('a role change shows at once: this browser stays signed in as a teacher, older copies of the token are refused', async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await signUp(page, uniqueEmail('role'));
  const learnerToken = (await sessionToken(context))!;
  expect((await (await page.request.get('/api/auth/session')).json()).user.role).toBe('learner');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Become a teacher' }).click();
  // Wait for the action to finish: a session request sent with the old token meanwhile
  // would be refused, and Auth.js then clears the cookie (the new one too).
  await expect(page.getByText('You are a teacher.')).toBeVisible();
  expect((await (await page.request.get('/api/auth/session')).json())?.user?.role).toBe('teacher');
  await page.goto('/classes');
  await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
  expect((await page.request.get('/api/classes')).status()).toBe(200);

  const api = await playwright.request.newContext({ baseURL });
  expect((await api.get('/api/classes', { headers: asToken(learnerToken) })).status()).toBe(401);
  expect((await api.get('/stats', { headers: asToken(learnerToken), maxRedirects: 0 })).status()).toBe(307);
  await api.dispose();
});

test('another origin cannot write: a hostile form gets 403, and route handlers want same-origin JSON', async ({ page, baseURL }) => {
  await signUp(page, uniqueEmail('csrf'));
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Become a teacher' }).click();
  await expect(page.getByText('You are a teacher.')).toBeVisible();
  expect((await page.request.get('/api/classes')).status()).toBe(200);

  // The attack from the review: a page on another port of the same host posts a text/plain form.
  const hostile: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(
      `<form method="post" action="${baseURL}/api/classes" enctype="text/plain">` +
        `<input name='{"name":"pwned","x":"' value='"}'><button>go</button></form>`,
    );
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  const port = (hostile.address() as AddressInfo).port;
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    const [response] = await Promise.all([page.waitForResponse(/\/api\/classes/), page.getByRole('button', { name: 'go' }).click()]);
    expect(response.status()).toBe(403);
  } finally {
    hostile.close();
  }

  const json = { 'content-type': 'application/json' };
  const post = (headers: Record<string, string>) => page.request.post('/api/classes', { headers, data: JSON.stringify({ name: 'Lab 1' }) });
  expect((await post({ ...json, origin: 'http://localhost:9' })).status()).toBe(403);
  expect((await post({ 'content-type': 'text/plain', origin: baseURL! })).status()).toBe(415);
  expect((await post({ ...json, origin: baseURL! })).status()).toBe(201);
  const classes = (await (await page.request.get('/api/classes')).json()).classes as { name: string }[];
  expect(classes.map((c) => c.name)).toEqual(['Lab 1']);
});

test('a server action posted from another origin gets 403, not 500', async ({ page }) => {
  await signUp(page, uniqueEmail('action'));
  // Capture a real server action call (the theme switch), then replay it from elsewhere.
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])),
    page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN'),
  ]);
  const headers = { ...request.headers(), origin: 'http://localhost:9' };
  const replay = await page.request.post(request.url(), { headers, data: request.postData() ?? '' });
  expect(replay.status()).toBe(403);
});
