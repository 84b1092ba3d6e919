import { expect, test } from '@playwright/test';
import { demoLearner, signIn } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

// Issue 9, item 2: the notes write display maths as `$$…$$` on one line.
test('display maths renders in display mode on a note page, desktop and phone, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demoLearner);
  await page.goto('/notes/normalization');
  await expect(page.getByRole('heading', { name: '归一化（Normalization）', level: 1 })).toBeVisible();
  const display = page.locator('.katex-display');
  await expect(display).toHaveCount(3);
  // Centred on a line of its own, not run into the text.
  const box = await display.first().boundingBox();
  const prose = await display.first().locator('xpath=..').boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(prose!.width - 1);

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 720 }],
      ['phone', { width: 375, height: 800 }],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      await page.reload();
      // The "system" theme's inline script (which carries the CSP nonce) sets the class before paint.
      if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
      await expect(display).toHaveCount(3);
      // Nothing, the formulas included, makes the page scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await display.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/note-display-maths-${name}-${scheme}.png` });
    }
  }
});
