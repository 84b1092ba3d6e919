import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Issue 9, item 15 (part): a skip link, an <h1> on /review, every section reachable on a
// phone, and a favicon and web app manifest.

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

test('the first Tab reaches a skip link that moves focus to the main content', async ({ page }) => {
  await signUp(page, uniqueEmail('skip'));
  await page.goto('/decks');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the review page has a level-one heading', async ({ page }) => {
  await signUp(page, uniqueEmail('h1'));
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toHaveCount(1);
});

test('on a 320 px phone every section of the main navigation is on screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await signUp(page, uniqueEmail('nav'));
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(7);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'test-results/screens/nav-phone-320.png' });
  await context.close();
});

test('a favicon and a web app manifest, served before sign-in', async ({ page, request }) => {
  await page.goto('/signin');
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: 'Recall Lab', start_url: '/', display: 'standalone' });
  expect((await request.get('/icon.svg')).status()).toBe(200);
});
