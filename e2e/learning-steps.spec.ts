import { expect, test, type Page } from '@playwright/test';
import { revealAnswer, uniqueEmail } from './helpers';

// Issue 9 item 8: learning steps as an option. Switched on in Settings, a new card's four
// buttons show four different intervals (1 min / 6 min / 10 min / 4 d) instead of "1 d" on each.

const shots = process.env.SHOTS_DIR ?? 'test-results/screens';

const buttons = {
  en: ['Again, 1 min', 'Hard, 6 min', 'Good, 10 min', 'Easy, 4 d'],
  'zh-CN': ['重来 1 分钟', '困难 6 分钟', '良好 10 分钟', '简单 4 天'],
} as const;

const gradeGroup = (page: Page, name = 'Grade your answer') => page.getByRole('group', { name });

test('learning steps: switched on in Settings with field errors, then a new card shows four different intervals (en, zh-CN)', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  // As helpers.signUp, with room for a slow password hash on a busy machine.
  await page.goto('/signup');
  await page.getByLabel('Email').fill(uniqueEmail('steps'));
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 30_000 });

  // SM-2 as published is the default: every button of a new card says 1 day.
  await page.goto('/review');
  await revealAnswer(page);
  for (const [i, name] of ['Again', 'Hard', 'Good', 'Easy'].entries()) {
    const label = new RegExp(`^${name}, 1 d(, also again today)?$`);
    await expect(gradeGroup(page).getByRole('button', { name: label })).toHaveAttribute('aria-keyshortcuts', String(i + 1));
  }

  await page.goto('/settings');
  const scheduling = page.getByRole('group', { name: 'Scheduling' });
  await expect(page.getByRole('checkbox', { name: 'Keep new siblings apart until the next day' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Keep review siblings apart until the next day' })).toBeChecked();
  await scheduling.getByRole('combobox', { name: 'Scheduler' }).selectOption('steps');
  await scheduling.getByRole('textbox', { name: 'Learning steps for new cards' }).fill('1m ten');
  await scheduling.getByRole('spinbutton', { name: 'Graduating interval (days)' }).fill('5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Write steps like 1m 10m' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The easy interval cannot be shorter than the graduating interval.' }),
  ).toBeVisible();
  await expect(scheduling.getByRole('textbox', { name: 'Learning steps for new cards' })).toHaveAttribute('aria-invalid', 'true');

  // The form comes back with the saved values after a refused save: fill it again, correctly.
  await scheduling.getByRole('combobox', { name: 'Scheduler' }).selectOption('steps');
  await scheduling.getByRole('textbox', { name: 'Learning steps for new cards' }).fill('1m 10m');
  await scheduling.getByRole('spinbutton', { name: 'Graduating interval (days)' }).fill('1');
  await scheduling.getByRole('spinbutton', { name: 'Easy interval (days)' }).fill('4');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Scheduling' }).getByRole('combobox', { name: 'Scheduler' })).toHaveValue('steps');
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header stays at the top of a full-page shot
  await page.screenshot({ path: `${shots}/settings-scheduling-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  // The long option names (schedulers, time zones) must not push the page sideways on a phone.
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.screenshot({ path: `${shots}/settings-scheduling-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/review');
  await revealAnswer(page);
  const labels = await gradeGroup(page)
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels).toEqual(buttons.en);
  await expect(gradeGroup(page).getByRole('button', { name: buttons.en[0] })).toContainText('1 min');
  await page.screenshot({ path: `${shots}/grade-bar-steps-1280.png` });

  await context.addCookies([{ name: 'locale', value: 'zh-CN', url: baseURL! }]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  const typed = page.getByRole('region', { name: '卡片' }).getByRole('textbox', { name: '你的答案' });
  if (await typed.count()) {
    await typed.fill('2013');
    await page.keyboard.press('Enter');
  } else await page.keyboard.press('Space');
  const zh = gradeGroup(page, '为你的回答评分');
  await expect(zh).toBeVisible();
  expect(await zh.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(buttons['zh-CN']);
  await expect(zh.getByRole('button', { name: buttons['zh-CN'][2] })).toContainText('10 分钟');
  await page.screenshot({ path: `${shots}/grade-bar-steps-375-zh.png`, fullPage: true });
});
