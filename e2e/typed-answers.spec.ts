import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// The deck e2e/fixtures/xss/notes/typed-notation.md (synced only here: EXTRA_CONTENT_DIR) holds two
// new typed cards: `3×3` and `dropout`. On a new card every button gives 1 day; Again and Hard also
// bring the card back today (lib/srs previewIntervals).

const card = (page: Page) => page.getByRole('region', { name: 'Card' });
const gradeGroup = (page: Page) => page.getByRole('group', { name: 'Grade your answer' });
const answerField = (page: Page) => card(page).getByRole('textbox', { name: 'Your answer' });

test('typed answers accept 3x3 for 3×3, show a one-off answer as close, and O counts it as correct', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('typed'));
  await page.goto('/review/typed-fixture');
  const progress = page.getByRole('progressbar', { name: 'Session progress' });
  await expect(progress).toHaveAttribute('aria-valuetext', '0 done · 2 left');

  for (let done = 1; done <= 2; done++) {
    await expect(answerField(page)).toBeFocused();
    const kernel = (await card(page).innerText()).includes('Kernel size');
    if (kernel) {
      await answerField(page).fill('3x3');
      await answerField(page).press('Enter');
      await expect(card(page).getByText('Correct.', { exact: true })).toBeVisible();
      await expect(page.getByText('Suggested: Good.', { exact: false })).toBeVisible();
      // Localized units in the accessible names, and ↻ explained on screen.
      await expect(gradeGroup(page).getByRole('button', { name: 'Good, 1 d' })).toBeVisible();
      await expect(gradeGroup(page).getByRole('button', { name: 'Again, 1 d, also again today' })).toBeVisible();
      await expect(page.getByText('↻ The card also comes back later today', { exact: false })).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/typed-exact-en.png', fullPage: true });
    } else {
      await answerField(page).fill('droput');
      await answerField(page).press('Enter');
      await expect(card(page).getByText('Close: one character off.')).toBeVisible();
      await expect(page.getByText('Suggested: Hard.', { exact: false })).toBeVisible();
      await expect(card(page).getByRole('button', { name: 'Count as correct' })).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/typed-close-en.png', fullPage: true });
      await page.keyboard.press('o');
      await expect(card(page).getByText('Counted as correct.')).toBeVisible();
      await expect(card(page).getByRole('button', { name: 'Count as correct' })).toHaveCount(0);
      await expect(page.getByText('Suggested: Good.', { exact: false })).toBeVisible();
    }
    // Enter accepts the suggestion: Good, after the override too.
    await page.keyboard.press('Enter');
    await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^${done} done`));
  }
});

test('grade buttons name their interval in Chinese units, on a phone too', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('typed-zh'));
  await context.addCookies([{ name: 'locale', value: 'zh-CN', url: baseURL! }]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/review/typed-fixture');
  const region = page.getByRole('region', { name: '卡片' });
  const field = region.getByRole('textbox', { name: '你的答案' });
  const group = page.getByRole('group', { name: '为你的回答评分' });
  const progress = page.getByRole('progressbar', { name: '本次复习进度' });
  for (let done = 1; done <= 2; done++) {
    await expect(field).toBeFocused();
    if ((await region.innerText()).includes('Kernel size')) {
      await field.fill('3*3');
      await field.press('Enter');
      await expect(region.getByText('正确。', { exact: true })).toBeVisible();
    } else {
      await field.fill('droput');
      await field.press('Enter');
      await expect(region.getByText('接近：只差一个字符。')).toBeVisible();
      await expect(region.getByRole('button', { name: '算作正确' })).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/typed-close-zh-phone.png', fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: 'test-results/screens/typed-close-zh-desktop.png', fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.keyboard.press('o');
      await expect(region.getByText('已算作正确。')).toBeVisible();
    }
    await expect(group.getByRole('button', { name: '良好 1 天' })).toBeVisible();
    await expect(group.getByRole('button', { name: '重来 1 天，今天还会再出现' })).toBeVisible();
    await expect(page.getByText('↻ 表示这张卡今天稍后还会再出现', { exact: false })).toBeVisible();
    // Nothing overflows the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.keyboard.press('Enter');
    await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^已完成 ${done} `));
  }
});
