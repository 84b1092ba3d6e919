import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const card = (page: Page) => page.getByRole('region', { name: 'Card' });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Session progress' });

/** Answers the card on screen with the keyboard only: reveal (or type an answer), then Good. */
async function answerGood(page: Page, done: number) {
  await expect(card(page)).toBeVisible();
  const typed = card(page).getByRole('textbox', { name: 'Your answer' });
  if (await typed.count()) {
    await typed.fill('2013');
    await typed.press('Enter');
  } else {
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', new RegExp(`^${done} done`));
}

async function screenshotDark(page: Page, path: string) {
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForTimeout(400); // let colour transitions finish
  await page.screenshot({ path, fullPage: true });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

test('stats: a friendly empty page for a new learner, then the totals after three reviews', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('stats'));

  // Nothing answered yet: an invitation, not zeros and empty charts.
  await page.goto('/stats');
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing to count yet', level: 2 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start a review' })).toHaveAttribute('href', '/review');
  await page.screenshot({ path: 'test-results/screens/stats-empty.png', fullPage: true });

  await page.goto('/review/vae');
  for (const done of [1, 2, 3]) await answerGood(page, done);
  // Every answer acknowledged by the server before leaving the page.
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('recall-lab:outbox')));

  await page.goto('/stats');
  const stat = (label: string) => page.getByText(label, { exact: true }).locator('..').getByRole('definition');
  await expect(stat('Reviews, all time')).toHaveText(['3', '3 in the last 30 days']);
  await expect(stat('Cards seen').first()).toHaveText(/^3 \/ \d+$/);
  await expect(page.getByRole('img', { name: /^3 reviews in the last 30 days: 3 new, 0 review, 0 repeat\./ })).toBeVisible();
  // Three new cards: no scheduled review and no prediction yet, so those parts explain themselves.
  await expect(stat('True retention, 30 days').first()).toHaveText('—');
  await expect(page.getByText(/^No scheduled reviews in the last 30 days yet\./)).toBeVisible();
  await expect(page.getByText(/^No predictions yet\./)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Current intervals of the seen cards: 1 d: 3,/ })).toBeVisible();
  const vae = page.getByRole('row', { name: /Variational autoencoder/ });
  await expect(vae.getByRole('cell').nth(1)).toHaveText('3');
  for (const name of [
    'Reviews per day, last 30 days',
    'True retention per day',
    'Activity, last 26 weeks',
    'Cards',
    'Intervals',
    'Ease',
    'Progress by deck',
    'Your predictions',
  ]) {
    await expect(page.getByRole('heading', { name, level: 2, exact: true })).toBeVisible();
  }
  // The activity heatmap: a summary for screen readers, months and weekdays, a legend of its shades.
  const heatmap = page.getByRole('img', { name: /^Activity, last 26 weeks\. 3 reviews on 1 day of the last 182; busiest day / });
  await expect(heatmap).toBeVisible();
  const labels = await heatmap.locator('text').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['Mon', 'Wed', 'Fri']));
  const months = labels.filter((l) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(l));
  expect(months.length).toBeGreaterThanOrEqual(5);
  expect(new Set(months).size).toBe(months.length);
  const legend = page.getByRole('list', { name: 'Reviews per day' });
  await expect(legend.getByRole('listitem')).toHaveText(['0', '1', '2', '3']);
  await expect(heatmap.locator('rect[data-count="3"]')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/screens/stats.png', fullPage: true });
  // Today's heatmap is the same component.
  await page.goto('/');
  await expect(page.getByRole('img', { name: /^Reviews, last 90 days\. 3 reviews on 1 day of the last 90;/ })).toBeVisible();
  await page.goto('/stats');

  // Phone, dark: nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshotDark(page, 'test-results/screens/stats-phone-dark.png');

  // In Chinese: localized weekdays, months and legend.
  await page.context().addCookies([{ name: 'locale', value: 'zh-CN', url: page.url() }]);
  await page.setViewportSize({ width: 320, height: 740 });
  await page.reload();
  const zhHeatmap = page.getByRole('img', { name: /^近 26 周的复习。/ });
  await expect(zhHeatmap).toBeVisible();
  expect(await zhHeatmap.locator('text').allTextContents()).toEqual(
    expect.arrayContaining(['周一', '周三', '周五', expect.stringMatching(/^\d+月$/)]),
  );
  await expect(page.getByRole('list', { name: '每天复习次数' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'test-results/screens/stats-phone-zh.png', fullPage: true });
});
