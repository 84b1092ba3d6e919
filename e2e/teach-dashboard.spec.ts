import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { uniqueEmail } from './helpers';

// Issue 11, steps 3–4: a teacher's class with an assigned deck; a learner joins, reviews cards
// and predicts on the deck's predict card; the teacher's dashboard shows the learner's row and
// the class's predictions, and the CSV downloads hold the right rows. With DASH_SHOTS set, the
// dashboard is photographed at 1280 and 375 px, in English and Chinese, light and dark.

const shots = process.env.DASH_SHOTS;
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function newPage(browser: Browser, baseURL: string, locale = 'en', theme = 'light', width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await context.addCookies([
    { name: 'locale', value: locale, url: baseURL },
    { name: 'theme', value: theme, url: baseURL },
  ]);
  return context.newPage();
}

/** Sign-up with room for a loaded machine (argon2 and the first render of the app share two cores with builds). */
async function signUp(page: Page, email: string) {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 60_000 });
}

/** A new learner joins the class with the code. */
async function join(browser: Browser, baseURL: string, code: string, email: string) {
  const page = await newPage(browser, baseURL);
  await signUp(page, email);
  await page.goto('/classes');
  await page.getByLabel('Join code').fill(code);
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '卷积 7C =SUM(1)' })).toBeVisible();
  await page.context().close();
}

async function download(page: Page, name: string): Promise<{ text: string; filename: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { text: readFileSync((await file.path())!, 'utf8'), filename: file.suggestedFilename() };
}

// Every action fails within 30 s with its own message instead of waiting out the test.
test.use({ actionTimeout: 30_000 });

test('the dashboard shows a learner’s progress and predictions, and exports them as CSV', async ({ browser, baseURL }) => {
  test.setTimeout(shots ? 900_000 : 300_000); // with DASH_SHOTS, 25 more learners sign up and join
  const teacher = await newPage(browser, baseURL!);
  await signUp(teacher, uniqueEmail('dash-teacher'));
  await teacher.goto('/settings');
  await teacher.getByRole('button', { name: 'Become a teacher' }).click();
  await expect(teacher.getByText('You are a teacher.')).toBeVisible();
  await teacher.goto('/classes');
  await teacher.getByLabel('Class name').fill('卷积 7C =SUM(1)');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: '卷积 7C =SUM(1)' })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!.trim();
  const form = teacher.locator('details').filter({ has: teacher.getByText('New assignment', { exact: true }) });
  const deckRadio = form.getByRole('radio', { name: 'Deck', exact: true });
  // A click before hydration can be undone by it: open the form until its fields show.
  await expect(async () => {
    if (!(await form.getAttribute('open'))) await form.getByText('New assignment', { exact: true }).click();
    await expect(deckRadio).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await deckRadio.check();
  await form.getByRole('combobox', { name: 'Deck', exact: true }).selectOption('conv-bias');
  await form.getByLabel('Due date').fill(isoDay(10));
  await form.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(teacher.getByText('Assigned to the class.')).toBeVisible();

  // A learner joins, reviews the deck up to its predict card and predicts wrongly, fairly sure.
  const learner = await newPage(browser, baseURL!);
  const learnerEmail = uniqueEmail('dash-pupil');
  await signUp(learner, learnerEmail);
  await learner.goto('/classes');
  await learner.getByLabel('Join code').fill(code);
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByRole('heading', { level: 1, name: '卷积 7C =SUM(1)' })).toBeVisible();
  await learner.goto('/review/conv-bias');
  const card = learner.getByRole('region', { name: 'Card' });
  let graded = 0;
  for (; graded < 12; graded++) {
    await expect(card).toBeVisible();
    if (await card.getByRole('button', { name: 'Commit prediction' }).isVisible()) break;
    const typed = card.getByRole('textbox', { name: 'Your answer' });
    if (await typed.count()) {
      await typed.fill('7');
      await learner.keyboard.press('Enter');
    } else await learner.keyboard.press('Space');
    await expect(learner.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
    await learner.keyboard.press(graded === 0 ? '1' : '3');
  }
  await card.getByRole('radio', { name: /等于输入通道数/ }).check();
  await card.getByRole('radio', { name: 'Fairly sure' }).check();
  await card.getByRole('button', { name: 'Commit prediction' }).click();
  await expect(card.getByText(/^Your prediction was wrong\./)).toBeVisible({ timeout: 60_000 });
  const progress = learner.getByRole('progressbar', { name: 'Session progress' });
  const before = await progress.getAttribute('aria-valuenow');
  await learner.keyboard.press('Enter');
  await expect(progress).not.toHaveAttribute('aria-valuenow', before ?? '');

  // The teacher's dashboard: the learner's row, the weakest card and the prediction.
  // The tables format their values in the browser: the server's render must hydrate as it is.
  const hydration: string[] = [];
  teacher.on('console', (m) => {
    if (m.type() === 'error' && /hydrat|#418|#423|#425/i.test(m.text())) hydration.push(m.text());
  });
  teacher.on('pageerror', (e) => {
    if (/hydrat|#418|#423|#425/i.test(e.message)) hydration.push(e.message);
  });
  await teacher.goto('/teach');
  await teacher.getByRole('link', { name: '卷积 7C =SUM(1)' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: '卷积 7C =SUM(1)' })).toBeVisible();
  const classTable = teacher.getByRole('region', { name: 'Learners', exact: true });
  const row = classTable.getByRole('row').filter({ has: teacher.getByRole('rowheader', { name: learnerEmail }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(2)).toHaveText(new RegExp(`^${graded + 1} / \\d+$`));
  const deckTable = teacher.getByRole('region', { name: 'Convolution bias' });
  await expect(deckTable.getByRole('rowheader', { name: learnerEmail })).toBeVisible();
  // Most urgent first by default; one learner fits on one page, so no pager.
  await expect(classTable.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(deckTable.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(teacher.getByText('1 of 1 learners')).toHaveCount(2);
  await expect(teacher.getByRole('group', { name: /^Pages of / })).toHaveCount(0);
  expect(hydration).toEqual([]);
  if (shots) await teacher.screenshot({ path: `${shots}/class-en-1280-light.png`, fullPage: true });
  await teacher.getByLabel('Filter by name or email').first().fill('nobody-matches');
  await expect(classTable.getByText('No learner matches the filter.')).toBeVisible();
  await teacher.getByLabel('Filter by name or email').first().fill('');
  const recallHeader = deckTable.getByRole('columnheader', { name: 'Recall' });
  // Numbers sort highest first on the first click (TanStack's default for numeric columns), then reverse.
  await recallHeader.getByRole('button').click();
  await expect(recallHeader).toHaveAttribute('aria-sort', 'descending');
  await recallHeader.getByRole('button').click();
  await expect(recallHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(teacher.getByRole('region', { name: 'Weakest cards' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/notes\/conv-bias#card-/,
  );
  const predictions = teacher.getByRole('region', { name: 'Misconceptions from predict cards' });
  await expect(predictions.getByText('1 of 1 predicted “等于输入通道数（6）”')).toBeVisible();
  await expect(predictions.getByText('The experiment showed: 等于输出通道数（7）')).toBeVisible();
  await expect(predictions.getByText('Stated confidence: 0 high, 1 medium, 0 low')).toBeVisible();

  // CSV: BOM, the header, one row for the learner; formula-looking text guarded.
  const learners = await download(teacher, 'Learners (CSV)');
  expect(learners.filename).toMatch(/^卷积-7C-SUM-1-learners-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(learners.text.charCodeAt(0)).toBe(0xfeff);
  const lines = learners.text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'Learner,Email,Assignment,Kind,Due,Cards seen,Cards total,Recall (%),Reviews (7 days),Quiz best (%),Quiz latest (%),Last active (UTC),Status',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(
    new RegExp(`^,${learnerEmail.replace(/[.]/g, '\\.')},Convolution bias,Deck,${isoDay(10)},${graded + 1},\\d+,\\d+,${graded + 1},,,`),
  );
  const cards = await download(teacher, 'Card statistics (CSV)');
  const cardLines = cards.text.slice(1).split('\r\n').filter(Boolean);
  expect(cardLines[0]).toBe('Card,Card id,Note,Answers,Passed,Recall (%),Learners,Quiz answers,Quiz wrong,Quiz confidently wrong');
  expect(cardLines.find((l) => l.includes(',conv-bias-predict,'))).toMatch(/,conv-bias-predict,[^,]+,1,[01],(0|100),1,,,$/);
  expect(cardLines.filter((l) => /,1,[01],(0|100),1,,,$/.test(l))).toHaveLength(graded + 1);

  if (shots) {
    // 25 more learners join, so the class's tables have two pages: the screenshots show the pager.
    for (let i = 0; i < 25; i += 5)
      await Promise.all([0, 1, 2, 3, 4].map((j) => join(browser, baseURL!, code, uniqueEmail(`dash-more-${i + j}`))));
    await teacher.reload();
    const pager = teacher.getByRole('group', { name: 'Pages of Learners' });
    await expect(teacher.getByText('26 of 26 learners')).toHaveCount(2);
    await expect(classTable.getByRole('row')).toHaveCount(26); // the header and 25 learners
    await expect(pager.getByText('Page 1 of 2')).toBeVisible();
    await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
    // The learner tables with their pagers: no serious or critical axe violation (as in a11y-axe.spec.ts).
    const axe = await new AxeBuilder({ page: teacher })
      .include('section:has([role="region"] table)')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const next = pager.getByRole('button', { name: 'Next' });
    await next.focus();
    await teacher.keyboard.press('Enter');
    await expect(pager.getByText('Page 2 of 2')).toBeVisible();
    await expect(classTable.getByRole('row')).toHaveCount(2);
    await expect(next).toBeDisabled();
    await expect(next).toBeFocused();
    // Sorting goes back to the first page.
    await classTable.getByRole('columnheader', { name: 'Cards seen' }).getByRole('button').click();
    await expect(pager.getByText('Page 1 of 2')).toBeVisible();
    await teacher.getByLabel('Filter by name or email').first().fill('dash-more-1');
    await expect(teacher.getByText(/^\d+ of 26 learners$/).first()).toBeVisible();
    await expect(pager).toHaveCount(0);
    expect(hydration).toEqual([]);

    const url = teacher.url();
    // Four of the eight combinations: every language, theme and width appears at least twice.
    for (const [locale, theme, width] of [
      ['zh-CN', 'dark', 1280],
      ['en', 'dark', 375],
      ['zh-CN', 'light', 375],
      ['en', 'light', 1280],
    ] as const) {
      const p = await newPage(browser, baseURL!, locale, theme, width);
      await p.context().addCookies(await teacher.context().cookies());
      await p.context().addCookies([
        { name: 'locale', value: locale, url: baseURL! },
        { name: 'theme', value: theme, url: baseURL! },
      ]);
      await p.goto('/teach');
      await p.screenshot({ path: `${shots}/teach-${locale}-${width}-${theme}.png`, fullPage: true });
      await p.goto(url);
      await p.getByRole('heading', { level: 1 }).waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await p.screenshot({ path: `${shots}/class-${locale}-${width}-${theme}.png`, fullPage: true });
      await p.context().close();
    }
  }
});
