import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

test('run an experiment freely from /lab: live chart, measurements and verdict', async ({ page }) => {
  await signUp(page, uniqueEmail('lab'));
  await page.goto('/lab');
  await expect(page.getByRole('heading', { name: 'Lab', level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(9);
  await page.getByRole('link', { name: 'L1 vs L2 sparsity' }).click();
  await expect(page.getByRole('heading', { name: 'L1 vs L2 sparsity' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText(/Ran in the browser(, accelerated,)? in \d+ ms/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('img').first()).toBeVisible();
  await expect(page.getByText('What the measurements say')).toBeVisible();
  await expect(page.getByText('L1 leaves more near-zero weights')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/lab-run.png', fullPage: true });
});

const card = (page: Page) => page.getByRole('region', { name: 'Card' });

test('a predict card in review: predict, run, see the chart and the verdict, then grade', async ({ page }) => {
  await signUp(page, uniqueEmail('predict'));
  await page.goto('/review/conv-bias');
  for (let i = 0; i < 12; i++) {
    await expect(card(page)).toBeVisible();
    const commit = card(page).getByRole('button', { name: 'Commit prediction' });
    if (await commit.isVisible()) break;
    const typed = card(page).getByRole('textbox', { name: 'Your answer' });
    if (await typed.count()) {
      await typed.fill('7');
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Space');
    }
    await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
    await page.keyboard.press('3');
  }
  const commit = card(page).getByRole('button', { name: 'Commit prediction' });
  await expect(commit).toBeDisabled(); // nothing chosen yet
  await card(page)
    .getByRole('radio', { name: /等于输出通道数/ })
    .check();
  await card(page).getByRole('radio', { name: 'Fairly sure' }).check();
  await commit.click();
  const verdict = card(page).getByText(/^Your prediction was (right|wrong)\./);
  await expect(verdict).toBeVisible({ timeout: 30_000 });
  await expect(card(page).getByText('What the measurements say')).toBeVisible();
  await expect(card(page).getByRole('rowheader', { name: 'Bias parameters' })).toBeVisible();
  await expect(card(page).getByRole('img').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review-predict.png', fullPage: true });
  // The run's verdict becomes the grade: accept the suggestion with Enter and move on.
  const before = await page.getByRole('progressbar', { name: 'Session progress' }).getAttribute('aria-valuenow');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).not.toHaveAttribute('aria-valuenow', before ?? '');
});
