import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const card = (page: Page) => page.getByRole('region', { name: 'Card' });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Session progress' });
const cardActions = (page: Page) => page.getByRole('group', { name: 'Card actions' });
/** A bury/suspend is a server action call (a POST with a Next-Action header). */
const actionDone = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined);

async function frontText(page: Page): Promise<string> {
  await expect(card(page)).toBeVisible();
  return ((await card(page).textContent()) ?? '').trim();
}

test('bury with the keyboard, suspend with the button, both leave the queue; unsuspend on /settings', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('bury'));
  await page.goto('/review/vae');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 done · 13 left');

  // The toolbar is under the card on its front.
  await expect(cardActions(page).getByRole('button', { name: 'Bury until tomorrow' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review-toolbar-front.png', fullPage: true });

  // Bury the first card with `-` (keys go to the page, not to a focused answer field).
  const first = await frontText(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const buried = actionDone(page);
  await page.keyboard.press('-');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 done · 12 left');
  expect((await buried).ok()).toBe(true);
  const second = await frontText(page);
  expect(second).not.toBe(first);

  // Reveal the second card: the toolbar is on the back too. Suspend it with the button.
  const typed = card(page).getByRole('textbox', { name: 'Your answer' });
  if (await typed.count()) {
    await typed.fill('no idea');
    await typed.press('Enter');
  } else {
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
  await expect(cardActions(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review-toolbar-back.png', fullPage: true });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForTimeout(400); // let colour transitions finish
  await page.screenshot({ path: 'test-results/screens/review-toolbar-back-dark.png', fullPage: true });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  const suspended = actionDone(page);
  await cardActions(page).getByRole('button', { name: 'Suspend this card' }).click();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 done · 11 left');
  expect((await suspended).ok()).toBe(true);
  const third = await frontText(page);
  expect([first, second]).not.toContain(third);
  await expect(page.getByRole('status').filter({ hasText: 'back in the queue' })).toHaveCount(0);

  // A reload asks the server: both cards are out of today's queue.
  // (Burying a card can free a sibling it held back today, so the count may not drop by exactly two.)
  await page.reload();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', /^0 done · \d+ left$/);
  const left = Number(/(\d+) left$/.exec((await progress(page).getAttribute('aria-valuetext'))!)![1]);
  expect(left).toBeGreaterThanOrEqual(11);
  expect([first, second]).not.toContain(await frontText(page));

  // /settings lists the suspended card; unsuspend it.
  await page.goto('/settings');
  const list = page.getByRole('list', { name: 'Suspended cards' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/settings-suspended.png', fullPage: true });
  await list.getByRole('button', { name: /^Unsuspend / }).click();
  await expect(page.getByText('No suspended cards.')).toBeVisible();

  // The review options are saved with the other settings.
  const fuzz = page.getByRole('checkbox', { name: /^Fuzz intervals/ });
  const leech = page.getByRole('combobox', { name: 'When a card becomes a leech (8 lapses)' });
  await expect(fuzz).not.toBeChecked();
  await expect(leech).toHaveValue('tag');
  await fuzz.check();
  await leech.selectOption('suspend');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(fuzz).toBeChecked();
  await expect(leech).toHaveValue('suspend');

  // Back in the review: the unsuspended card is due again, one more than after the reload.
  await page.goto('/review/vae');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', `0 done · ${left + 1} left`);
});
