import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// The hostile note is e2e/fixtures/xss (synced only here: EXTRA_CONTENT_DIR in playwright.config.ts).
// Its payloads try to open a dialog or set `window.__xss`; the page also records every CSP
// violation, so a clean run shows the app itself needs nothing the policy refuses.

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

const dialogs: string[] = [];

test.beforeEach(async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  dialogs.length = 0;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});

/** Nothing ran: no dialog, no flag, no CSP report. Waits for images (onerror) to settle first. */
async function expectNothingRan(page: Page) {
  await page.waitForLoadState('networkidle');
  const { flag, violations } = await page.evaluate(() => ({ flag: window.__xss, violations: window.__cspViolations }));
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(flag, 'window.__xss').toBeUndefined();
  expect(violations, 'CSP violations').toEqual([]);
}

test('hostile Markdown runs no script on the deck page, the note page or in review, and the CSP reports nothing', async ({ page }) => {
  test.setTimeout(90_000);
  // The public pages run clean under the CSP too.
  for (const path of ['/signin', '/signup']) {
    await page.goto(path);
    await expectNothingRan(page);
  }
  await signUp(page, uniqueEmail('xss'));

  const response = await page.goto('/decks/xss-fixture');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic' 'wasm-unsafe-eval'/);
  await expect(page.getByRole('heading', { name: 'XSS fixture', level: 1 })).toBeVisible();
  // The cards are there (the test is not passing on an empty page) ...
  await expect(page.getByRole('article')).toHaveCount(5);
  await expect(page.getByText('Titled link front')).toBeVisible();
  // ... with their links reduced to safe ones or dropped, and no raw HTML.
  await expect(page.locator('main a[href^="javascript:"], main [onerror], main [onload], main script, main svg:not(.katex *)')).toHaveCount(
    0,
  );
  await expectNothingRan(page);

  await page.goto('/notes/xss-hostile');
  await expect(page.getByRole('heading', { name: 'XSS fixture', level: 1 })).toBeVisible();
  await expectNothingRan(page);
  // The card index, where the regex used to end a tag at the `>` inside a link title.
  const index = page.getByRole('navigation', { name: 'Cards in this note' });
  await expect(index.getByRole('listitem')).toHaveCount(5);
  await expect(index.locator('img')).toHaveCount(0);
  await expect(page.locator('main a[href^="javascript:"], main [onerror], main [onload], main script')).toHaveCount(0);

  await page.goto('/review/xss-fixture');
  const card = page.getByRole('region', { name: 'Card' });
  const progress = page.getByRole('progressbar', { name: 'Session progress' });
  await expect(progress).toHaveAttribute('aria-valuetext', '0 done · 5 left');
  for (let done = 1; done <= 5; done++) {
    await expect(card).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
    await expectNothingRan(page);
    await page.keyboard.press('3');
    await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^${done} done`));
  }
  await expectNothingRan(page);
});
