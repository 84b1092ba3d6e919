import { expect, test, type Page } from '@playwright/test';
import { revealAnswer, reviewCard, signUp, uniqueEmail } from './helpers';

// Issue 9 item 6: after 46 reviews and a reload the summary said "1 reviewed · 100%".
// The summary shows the learning day's totals from the review log, the same number as Today.

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const card = reviewCard;
const shortcuts = (page: Page) => page.getByText(/^Keys: Space or Enter shows the answer/);

/** Answers the card on screen with `key`; returns false when no card is left. */
async function answer(page: Page, key: string): Promise<boolean> {
  const summary = page.getByRole('heading', { name: 'Session complete' });
  // A failed card waits out its delay before it comes back: review it early.
  const early = page.getByRole('button', { name: 'Review it now' });
  await expect(card(page).or(summary).or(early)).toBeVisible();
  if (await summary.isVisible()) return false;
  if (await early.isVisible()) await early.click();
  await revealAnswer(page);
  const before = await page.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuetext');
  await page.keyboard.press(key);
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).not.toHaveAttribute('aria-valuetext', before ?? '');
  return true;
}

test('the summary after a reload counts the whole learning day, as Today does; no key hints on it', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('summary'));
  await page.goto('/review/vae');
  await expect(shortcuts(page)).toBeVisible();
  // Before the reload: one failed (Again, grade 1) and three passed (Good, grade 4).
  const grades: number[] = [];
  for (const [key, grade] of [
    ['1', 1],
    ['3', 4],
    ['3', 4],
    ['3', 4],
  ] as const) {
    expect(await answer(page, key)).toBe(true);
    grades.push(grade);
  }
  await page.waitForLoadState('networkidle'); // the four answers are saved
  await page.reload();
  let thisPage = 0;
  while (await answer(page, '3')) {
    grades.push(4);
    thisPage++;
    expect(thisPage).toBeLessThan(30);
  }
  expect(thisPage).toBeGreaterThan(0);

  const summary = page.getByRole('region', { name: 'Session complete' });
  await expect(summary.getByText('Today so far')).toBeVisible();
  const stat = (label: string) =>
    summary
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('..')
      .getByRole('definition');
  const correct = grades.filter((g) => g >= 3).length;
  await expect(stat('Reviewed')).toHaveText(String(grades.length));
  await expect(stat('Correct')).toHaveText(`${Math.round((100 * correct) / grades.length)}%`);
  expect(grades.length).toBeGreaterThan(thisPage); // not only this page's answers
  await expect(shortcuts(page)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/review-summary-day.png', fullPage: true });

  await page.goto('/');
  const today = page.getByRole('term').filter({ hasText: 'Reviewed today' }).locator('..').getByRole('definition');
  await expect(today.first()).toHaveText(String(grades.length));

  // A fresh page with nothing left (Chinese, dark): still the day's totals, not zero.
  await page.context().addCookies([{ name: 'locale', value: 'zh-CN', url: baseURL! }]);
  await page.goto('/review/vae');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  const zh = page.getByRole('region', { name: '本次复习完成' });
  await expect(zh.getByText('今天累计')).toBeVisible();
  await expect(
    zh
      .getByRole('term')
      .filter({ hasText: /^已复习$/ })
      .locator('..')
      .getByRole('definition'),
  ).toHaveText(String(grades.length));
  await page.waitForTimeout(400); // let colour transitions finish
  await page.screenshot({ path: 'test-results/screens/review-summary-day-zh-dark.png', fullPage: true });
});
