import { expect, test, type Page } from '@playwright/test';
import {
  dayKey,
  daysBetween,
  formatInterval,
  intervalParts,
  previewIntervals,
  schedule,
  sessionSummary,
  type CardState,
  type Grade,
} from '../lib/srs';
import { signUp, uniqueEmail } from './helpers';

// Keys of the four-button scale (lib/srs GRADE_BUTTONS.four): 1 Again(1), 2 Hard(3), 3 Good(4), 4 Easy(5).
const KEY: Record<'again' | 'good' | 'easy', { key: string; grade: Grade }> = {
  again: { key: '1', grade: 1 },
  good: { key: '3', grade: 4 },
  easy: { key: '4', grade: 5 },
};

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
});

const card = (page: Page) => page.getByRole('region', { name: 'Card' });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Session progress' });
const gradeGroup = (page: Page) => page.getByRole('group', { name: 'Grade your answer' });

/** The accessible names the grade buttons must have for `state`, from lib/srs itself. */
type Day = { timeZone: string; rolloverHour: number };

function expectedButtons(state: CardState | null, day: Day): string[] {
  const labels: Record<string, string> = {
    'review.grade.again': 'Again',
    'review.grade.hard': 'Hard',
    'review.grade.good': 'Good',
    'review.grade.easy': 'Easy',
  };
  return previewIntervals(state, new Date(), { ...day, scale: 'four' }).map((p) => {
    // The English units of review.interval.*: '1 d', '10 min'.
    const { value, unit } = intervalParts(p.days);
    const interval = unit === 'today' ? 'today' : `${value} ${unit}`;
    const again = p.repeatToday && p.days >= 1 ? ', also again today' : '';
    return `${labels[p.labelKey]}, ${interval}${again}`;
  });
}

/** The "next due" label the summary must show after answering `state` with `grade` now. */
function expectedNext(state: CardState | null, grade: Grade, { timeZone, rolloverHour }: Day): { label: string; next: CardState } {
  const now = new Date();
  const next = schedule(state, grade, now, { timeZone, rolloverHour });
  const interval = formatInterval(daysBetween(dayKey(now, timeZone, rolloverHour), dayKey(next.due, timeZone, rolloverHour)));
  return { label: next.repeatToday ? `${interval}, again today` : interval, next };
}

/** Reveals the card on screen with the keyboard only; returns its front text. */
async function reveal(page: Page): Promise<string> {
  await expect(card(page)).toBeVisible();
  const front = ((await card(page).textContent()) ?? '').trim();
  const typed = card(page).getByRole('textbox', { name: 'Your answer' });
  if (await typed.count()) {
    await expect(typed).toBeFocused();
    // The VAE typed card asks for a year (2013): full-width digits and a Chinese full stop still match.
    await page.keyboard.type(front.includes('哪一年') ? '２０１３。' : 'no idea');
    await page.keyboard.press('Enter');
    await expect(card(page).getByText(/^(Correct\.|Almost: one character off\.|Not quite\.)$/)).toBeVisible();
  } else {
    await page.keyboard.press('Space');
  }
  await expect(gradeGroup(page)).toBeVisible();
  return front;
}

async function grade(page: Page, key: string, done: number) {
  await page.keyboard.press(key);
  await expect(progress(page)).toHaveAttribute('aria-valuetext', new RegExp(`^${done} done`));
}

test('keyboard review of a deck: grade, undo, reload keeps the answers, summary with SM-2 intervals', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('rev'));
  await page.goto('/settings');
  const day: Day = {
    timeZone: await page.getByRole('combobox', { name: 'Time zone' }).inputValue(),
    rolloverHour: Number(await page.getByLabel('New day starts at (hour)').inputValue()),
  };

  await page.goto('/review/vae');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 done · 13 left');
  await page.screenshot({ path: 'test-results/screens/review-front.png', fullPage: true });

  // Five cards, keyboard only. New cards: every button shows what lib/srs computes (1d for all four).
  const first: string[] = [];
  const plan = [KEY.good, KEY.easy, KEY.good, KEY.good, KEY.good];
  for (const [i, step] of plan.entries()) {
    first.push(await reveal(page));
    const names = await gradeGroup(page)
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toEqual(expectedButtons(null, day));
    if (i === 0) {
      await page.screenshot({ path: 'test-results/screens/review-back.png', fullPage: true });
      await page.evaluate(() => document.documentElement.classList.add('dark'));
      await page.waitForTimeout(400); // let colour transitions finish
      await page.screenshot({ path: 'test-results/screens/review-back-dark.png', fullPage: true });
      await page.evaluate(() => document.documentElement.classList.remove('dark'));
    }
    // On a typed card the computed grade is preselected: Enter accepts it (Good for an exact answer).
    const typedExact = (await card(page).getByText('Correct.', { exact: true }).count()) > 0;
    await grade(page, typedExact && step === KEY.good ? 'Enter' : step.key, i + 1);
  }

  // U undoes the fifth answer: the card is back on screen, unanswered.
  await page.keyboard.press('u');
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '4 done · 9 left');
  await expect(card(page)).toHaveText(first[4]!);

  // Every answer left the outbox (acknowledged), then a reload: the four answers were kept.
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('recall-lab:outbox')));
  await page.reload();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', '0 done · 9 left');
  await expect(card(page)).toHaveText(first[4]!);

  // Finish the deck: Again on the second card brings it back later today (SM-2 repeats grades < 4).
  const second = [KEY.good, KEY.again, KEY.good, KEY.easy, KEY.good, KEY.good, KEY.good, KEY.good, KEY.good];
  const expected: string[] = [];
  const grades: Grade[] = [];
  let failed: { front: string; state: CardState } | null = null;
  let planned = 0;
  const complete = page.getByRole('heading', { name: 'Session complete' });
  for (let done = 0; ; done += 1) {
    // After the last answer the session waits for its ack (a grade < 4 would bring the card back).
    // The repeat waits out its delay ("Next card in 10 min"): review it early.
    const early = page.getByRole('button', { name: 'Review it now' });
    await expect(card(page).or(complete).or(early)).toBeVisible();
    if (await complete.isVisible()) break;
    if (await early.isVisible()) await early.click();
    expect(done, 'the session should end after ten answers').toBeLessThan(10);
    const front = await reveal(page);
    expect(first.slice(0, 4)).not.toContain(front);
    if (failed && front === failed.front) {
      // The same-day repeat is a drill: lib/srs previews 10 min for grades < 4 and the due day for >= 4.
      const names = await gradeGroup(page)
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(names).toEqual(expectedButtons(failed.state, day));
      expect(names[0]).toMatch(/^Again, 10 min(,|$)/);
      expected.push(expectedNext(failed.state, KEY.good.grade, day).label);
      grades.push(KEY.good.grade);
      await grade(page, KEY.good.key, done + 1);
      continue;
    }
    const step = second[planned++];
    if (!step) throw new Error(`unexpected card: ${front}`);
    const { label, next } = expectedNext(null, step.grade, day);
    expected.push(label);
    grades.push(step.grade);
    if (step === KEY.again) failed = { front, state: next };
    await grade(page, step.key, done + 1);
  }

  // The summary: the learning day's reviewed and percent correct (lib/srs sessionSummary) - the four
  // answers kept from before the reload count too, the undone fifth does not - when each card of this
  // page is next due, the forecast.
  const todays = [...plan.slice(0, 4).map((step) => step.grade), ...grades];
  const summary = sessionSummary(todays.map((g) => ({ grade: g, durationMs: 0 })));
  const stats = page.getByRole('region', { name: 'Session complete' });
  await expect(stats.getByText('Reviewed', { exact: true }).locator('..')).toContainText(String(summary.reviewed));
  await expect(stats.getByText('Correct', { exact: true }).locator('..')).toContainText(`${summary.correctPercent}%`);
  expect(summary.reviewed).toBe(14);
  await expect(stats.getByTestId('next-interval')).toHaveText(expected);
  expect(expected).toContain('1d, again today');
  const forecast = stats.getByRole('list', { name: 'Due in the coming days' }).getByRole('listitem');
  await expect(forecast).toHaveCount(7);
  // All thirteen cards of the deck were answered once today with a passing final grade: due tomorrow.
  await expect(forecast.nth(1)).toContainText(/13$/);
  await expect(stats.getByRole('link', { name: 'Back to Today' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review-summary.png', fullPage: true });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForTimeout(400); // let colour transitions finish
  await page.screenshot({ path: 'test-results/screens/review-summary-dark.png', fullPage: true });
});

test('phone: the review works at 375 px with big tap targets', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  const page = await context.newPage();
  await signUp(page, uniqueEmail('rev-phone'));
  await page.goto('/review/conv-bias');
  const show = page.getByRole('button', { name: 'Show answer' });
  expect((await show.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await show.tap();
  const buttons = gradeGroup(page).getByRole('button');
  await expect(buttons).toHaveCount(4);
  for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.right).toBeLessThanOrEqual(375);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: 'test-results/screens/review-phone.png', fullPage: true });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForTimeout(400); // let colour transitions finish
  await page.screenshot({ path: 'test-results/screens/review-phone-dark.png', fullPage: true });
  await buttons.nth(2).tap();
  await expect(progress(page)).toHaveAttribute('aria-valuetext', /^1 done/);
  await context.close();
});
