import { expect, test } from '@playwright/test';
import { demoLearner, signIn } from './helpers';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

test('decks list, a deck with rendered math, and the card marked in its note', async ({ page }) => {
  await signIn(page, demoLearner);
  await page.goto('/decks');
  await expect(page.getByRole('heading', { name: 'Decks', level: 1 })).toBeVisible();
  const normalization = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Normalization', exact: true }) });
  await expect(normalization).toBeVisible();
  await expect(normalization.getByText(/^\d+ cards$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review this deck: Normalization' })).toHaveAttribute('href', '/review/normalization');
  // Every synced deck is listed, the all-notes deck first, each with its card count.
  const counts = await page.getByText(/^\d+ cards$/).allTextContents();
  expect(counts.length).toBeGreaterThanOrEqual(12);
  expect(Number(counts[0]!.split(' ')[0])).toBeGreaterThanOrEqual(100);
  await page.screenshot({ path: 'test-results/screens/decks.png', fullPage: true });

  await page.getByRole('link', { name: 'Browse cards: Normalization' }).click();
  await expect(page.getByRole('heading', { name: 'Normalization', level: 1 })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  // The mc card shows its options with the correct one marked.
  const mc = page.locator('#card-normalization-bn-axes-mc');
  await expect(mc.getByRole('list', { name: 'Options' }).getByRole('listitem')).toHaveCount(4);
  await expect(mc.getByText('(correct answer)')).toHaveCount(1);
  // The predict card names its experiment and links to the Lab.
  await expect(page.getByRole('link', { name: 'Run in the Lab: train() vs eval()' })).toHaveAttribute('href', '/lab/bn-train-eval');
  await page.screenshot({ path: 'test-results/screens/deck.png', fullPage: false });

  const toNote = page.locator('#card-normalization-epsilon').getByRole('link', { name: /^Show in note/ });
  await expect(toNote).toHaveAttribute('href', '/notes/normalization#card-normalization-epsilon');
  await toNote.click();
  await expect(page).toHaveURL(/\/notes\/normalization#card-normalization-epsilon$/);
  await expect(page.getByRole('heading', { name: '归一化（Normalization）', level: 1 })).toBeVisible();
  const marked = page.locator('#card-normalization-epsilon');
  await expect(marked).toBeInViewport();
  await expect(page.locator(':target')).toHaveAttribute('id', 'card-normalization-epsilon');
  await expect(marked).toContainText('BN 标准化时分母里的');
  // The card sits in a marked block of the note, between the note's own prose.
  await expect(page.getByRole('region', { name: /^(Card|\d+ cards) in “.+”$/ }).filter({ has: marked })).toBeVisible();
  await expect(page.getByText('对一个小批量')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/note.png', fullPage: false });

  // Review links use the card's group id: siblings (cloze deletions) share one anchor.
  await page.goto('/notes/normalization#card-normalization-bn-formula');
  await expect(page.locator(':target')).toHaveAttribute('id', 'card-normalization-bn-formula');
  await expect(page.getByRole('region').filter({ has: page.locator(':target') })).toBeInViewport();
  await expect(page.locator('#card-normalization-bn-formula\\.c1')).toBeVisible();

  // Small screen, dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/decks/normalization#card-normalization-bn-axes-mc');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(mc).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/deck-dark-mobile.png' });

  await page.goto('/decks/no-such-deck');
  await expect(page.getByRole('heading', { name: 'Deck not found', level: 1 })).toBeVisible();
});
