import { expect, test } from '@playwright/test';
import { demoLearner, signIn, signUp, uniqueEmail } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

test('an anonymous request for an app page is redirected to sign-in', async ({ page }) => {
  await page.goto('/decks');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdecks/);
  await expect(page.getByRole('heading', { name: 'Sign in to Recall Lab' })).toBeVisible();
  const api = await page.request.get('/api/classes');
  expect(api.status()).toBe(401);
  // A forged session cookie passes the coarse proxy check but not the server's own.
  await page.context().addCookies([{ name: 'authjs.session-token', value: 'forged', url: page.url() }]);
  await page.goto('/decks');
  await expect(page.getByRole('heading', { name: 'Sign in to Recall Lab' })).toBeVisible();
  expect((await page.request.get('/api/classes')).status()).toBe(401);
});

test('sign up with field errors, then the Today page, language switch and sign out', async ({ page }) => {
  const email = uniqueEmail('new');
  await page.goto('/signup');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();

  // Duplicate email: the demo learner exists already.
  await page.getByLabel('Email').fill(demoLearner.email);
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists.')).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/today-en.png', fullPage: true });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '今天', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '复习' })).toBeVisible();
  // The choice is stored on the account, so it survives a new session.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.context().clearCookies();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: '今天', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Recall Lab' })).toBeVisible();
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
});

test('wrong credentials get one generic message; repeated failures are refused for a while', async ({ browser, baseURL }) => {
  // A forged X-Forwarded-For, new on every try, changes nothing: the server does not trust
  // the header (TRUST_PROXY is unset), so all ten failures count against this client.
  const context = await browser.newContext();
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  const email = uniqueEmail('victim');
  for (let i = 0; i < 10; i++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${i + 1}` });
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.99' });
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('wrong-password-final');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Too many failed sign-ins\. Try again in \d+ minutes\./ })).toBeVisible();
  await context.close();
});

test("strangers' failures do not lock the owner out of a browser they signed in with before", async ({ browser, baseURL }) => {
  test.setTimeout(180_000); // thirteen password checks (argon2) in one test
  const email = uniqueEmail('owner');
  const owner = await browser.newContext();
  await owner.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, email);
  const device = (await owner.cookies()).find((c) => c.name === 'recall-device');
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await ownerPage.getByRole('button', { name: 'Sign out' }).click();
  await expect(ownerPage).toHaveURL(/\/signin/);

  // Someone else guesses until this client is refused for that email...
  const stranger = await browser.newContext();
  await stranger.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const strangerPage = await stranger.newPage();
  for (let i = 0; i < 11; i++) {
    await strangerPage.goto('/signin');
    await strangerPage.getByLabel('Email').fill(email);
    await strangerPage.getByLabel('Password').fill(`guess-${i}`);
    await strangerPage.getByRole('button', { name: 'Sign in', exact: true }).click();
    const expected = i < 10 ? 'Email or password is incorrect.' : /Too many failed sign-ins\. Try again in \d+ minutes\./;
    await expect(strangerPage.getByRole('alert').filter({ hasText: expected })).toBeVisible();
  }
  await stranger.close();

  // ...and the owner's browser, which holds the device cookie, still signs in.
  await signIn(ownerPage, { email, password: 'long-enough-password' });
  await expect(ownerPage.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await owner.close();
});

test('a learner calling a teacher-only action is refused by the server', async ({ page, baseURL }) => {
  await signUp(page, uniqueEmail('learner'));
  // As a browser's fetch sends it: same origin, JSON.
  const headers = { origin: baseURL! };
  const res = await page.request.post('/api/classes', { data: { name: 'Sneaky class' }, headers });
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({ error: 'forbidden' });
  await page.goto('/classes');
  await expect(page.getByText('Only teachers can create classes.')).toBeVisible();
  // After becoming a teacher in settings, the same request succeeds.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Become a teacher' }).click();
  await expect(page.getByText('You are a teacher.')).toBeVisible();
  const ok = await page.request.post('/api/classes', { data: { name: 'CNN 101' }, headers });
  expect(ok.status()).toBe(201);
  await page.goto('/classes');
  await expect(page.getByText('CNN 101')).toBeVisible();
});

test("a new account's learning day follows the browser's time zone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await signUp(page, uniqueEmail('tz'));
  await expect(page.getByText('Your day starts at 04:00 (Asia/Shanghai).')).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Shanghai');
  await context.close();
});
