import { expect, test, type Page } from '@playwright/test';
import { revealAnswer, reviewCard, signUp, uniqueEmail } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const card = reviewCard;

/** Answers the card on screen with the keyboard (Good), whatever its type. */
async function answerGood(page: Page) {
  await expect(card(page)).toBeVisible();
  await revealAnswer(page);
  await page.keyboard.press('3');
}

async function reviewedToday(page: Page): Promise<number> {
  await page.goto('/');
  const stat = page.getByRole('term').filter({ hasText: 'Reviewed today' }).locator('..');
  return Number(await stat.getByRole('definition').first().textContent());
}

test('answers given offline wait in the outbox, survive closing the tab, and are saved exactly once', async ({ page, context }) => {
  await signUp(page, uniqueEmail('offline'));
  await page.goto('/review/vae');
  await answerGood(page);
  await expect(page.getByText(/waiting to sync/)).toHaveCount(0);

  await context.setOffline(true);
  await answerGood(page);
  await answerGood(page);
  await expect(page.getByRole('status').filter({ hasText: /2 answers waiting to sync/ })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screens/review-offline.png' });

  // The tab goes away before the network comes back: a crash, as far as the page knows.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto('/review/vae');
  // Sent from the outbox on load; any app page keeps sending what is left.
  await expect.poll(() => reviewedToday(again), { timeout: 30_000 }).toBe(3);
  // Opening the session again does not send them twice.
  await again.goto('/review/vae');
  await expect(card(again)).toBeVisible();
  expect(await reviewedToday(again)).toBe(3);
});
