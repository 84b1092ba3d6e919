import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Issue 9 item 3: a long heading path pushed the review to 383 px on a 375 px phone.
// Every card type, front and back, at 320 px and 375 px, must fit the screen.

const names = {
  en: { card: 'Card', grades: 'Grade your answer', typed: 'Your answer', commit: 'Commit prediction', progress: 'Session progress' },
  'zh-CN': { card: '卡片', grades: '为你的回答评分', typed: '你的答案', commit: '提交预测', progress: '本次复习进度' },
} as const;

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${where}: page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

for (const { width, locale, dark } of [
  { width: 320, locale: 'en', dark: false },
  { width: 375, locale: 'zh-CN', dark: true },
] as const) {
  test(`phone ${width} px (${locale}${dark ? ', dark' : ''}): no card type scrolls the review sideways`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const n = names[locale];
    const context = await browser.newContext({ viewport: { width, height: 720 }, hasTouch: true });
    // The sign-up helper speaks English; the review itself runs in `locale`.
    await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    const page = await context.newPage();
    await signUp(page, uniqueEmail(`phone${width}`));
    await context.addCookies([{ name: 'locale', value: locale, url: baseURL! }]);
    const card = page.getByRole('region', { name: n.card });
    const seen = new Set<string>();

    // conv-bias holds basic, cloze, typed and predict cards, dilated-convolution a choice card, and
    // all the longest heading paths (20 new cards a day: 5 + 8, then the first 7 of all).
    for (const deck of ['conv-bias', 'dilated-convolution', 'all']) {
      await page.goto(`/review/${deck}`);
      if (dark) await page.evaluate(() => document.documentElement.classList.add('dark'));
      for (let i = 0; i < 14; i++) {
        if (!(await card.isVisible())) break;
        const front = ((await card.textContent()) ?? '').slice(0, 40);
        await expectNoSidewaysScroll(page, `${deck} #${i} front (${front})`);
        const before = await page.getByRole('progressbar', { name: n.progress }).getAttribute('aria-valuetext');
        if (await card.getByRole('button', { name: n.commit }).isVisible()) {
          seen.add('predict');
          if (!seen.has('predict-shot')) {
            seen.add('predict-shot');
            await page.screenshot({ path: `test-results/screens/review-phone-${width}-predict.png`, fullPage: true });
          }
          await page.keyboard.press('-'); // bury: the run itself is covered by lab.spec.ts
        } else {
          const typed = card.getByRole('textbox', { name: n.typed });
          if (await typed.count()) {
            seen.add('typed');
            await typed.fill('7');
            await page.keyboard.press('Enter');
          } else {
            seen.add((await card.getByRole('checkbox').count()) + (await card.getByRole('radio').count()) > 0 ? 'choice' : 'plain');
            await page.keyboard.press('Space');
          }
          await expect(page.getByRole('group', { name: n.grades })).toBeVisible();
          await expectNoSidewaysScroll(page, `${deck} #${i} back (${front})`);
          if (i === 0) await page.screenshot({ path: `test-results/screens/review-phone-${width}-${deck}.png`, fullPage: true });
          // A tap, as on a phone: the third grade button (Good).
          await page.getByRole('group', { name: n.grades }).getByRole('button').nth(2).tap();
        }
        await expect(page.getByRole('progressbar', { name: n.progress })).not.toHaveAttribute('aria-valuetext', before ?? '');
      }
    }
    expect([...seen].filter((k) => k !== 'predict-shot').sort()).toEqual(['choice', 'plain', 'predict', 'typed']);
    await context.close();
  });
}
