import { expect, test, type Browser, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Issue 11, teacher-written decks: write with a live preview and inline checks, save, edit
// (version 2); and a hostile deck that runs nothing in a learner's browser.

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const PREDICT = (experiment: string) =>
  [
    '```predict',
    'id: bn-predict',
    `experiment: ${experiment}`,
    'params: { smallBatch: 2, largeBatch: 64 }',
    'question: Which batch size gives the higher eval accuracy with BN?',
    'options:',
    '  - outcome: large-better',
    '    text: Batch 64',
    '  - outcome: small-better',
    '    text: Batch 2',
    '  - outcome: same',
    '    text: About the same',
    '```',
  ].join('\n');

const DECK = (experiment: string) =>
  [
    '# Normalization drill',
    '',
    'What does BN normalize over?::The batch axis',
    '',
    'GroupNorm with G=1 equals ==LayerNorm==.',
    '',
    PREDICT(experiment),
    '',
  ].join('\n');
/** The `experiment:` line of DECK: line 9 (heading, blank, basic, blank, cloze, blank, fence, id, experiment). */
const EXPERIMENT_LINE = 9;

async function becomeTeacher(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL }]);
  await signUp(page, uniqueEmail('teacher'));
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Become a teacher' }).click();
  await expect(page.getByText('You are a teacher.')).toBeVisible();
}

const source = (page: Page) => page.getByRole('textbox', { name: 'Deck source (Markdown)' });
const preview = (page: Page) => page.getByRole('region', { name: /^Preview/ });

async function saveDeck(page: Page, markdown: string): Promise<string> {
  await page.goto('/decks/new');
  await source(page).fill(markdown);
  await expect(preview(page).getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 1')).toBeVisible();
  await page.waitForURL(/\/decks\/[^/]+\/edit$/);
  return new URL(page.url()).pathname.split('/')[2]!;
}

test('a teacher writes a deck with a live preview and an inline error, saves it, and edits it to version 2', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await becomeTeacher(page, baseURL!);
  await page.goto('/decks');
  await page.getByRole('link', { name: 'New deck' }).click();
  await expect(page.getByRole('heading', { name: 'New deck', level: 1 })).toBeVisible();

  // A misspelt experiment: the check reports it at its line, the preview still shows the other cards.
  await source(page).fill(DECK('bn-batchsize'));
  const problems = page.getByRole('region', { name: /^Checks/ });
  const error = problems.getByRole('button', {
    name: new RegExp(`^Line ${EXPERIMENT_LINE}, column \\d+\\s*Error\\s*Unknown experiment “bn-batchsize”`),
  });
  await expect(error).toBeVisible();
  await expect(preview(page).getByRole('article')).toHaveCount(2);
  await expect(preview(page).getByRole('article', { name: 'Basic: Line 3' })).toContainText('The batch axis');
  await expect(preview(page).getByRole('article', { name: 'Cloze: Line 5' })).toContainText('[…]');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // Clicking the error puts the caret on that line.
  await error.click();
  await expect(source(page)).toBeFocused();
  const caretLine = await source(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length);
  expect(caretLine).toBe(EXPERIMENT_LINE);

  // Fixed: no problems, three cards, and the predict card names its experiment.
  await source(page).fill(DECK('bn-batch-size'));
  await expect(problems.getByText('No errors or warnings.')).toBeVisible();
  await expect(preview(page).getByRole('article')).toHaveCount(3);
  await expect(preview(page).getByRole('article', { name: 'Predict: Line 7' })).toContainText('BatchNorm and batch size');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 1')).toBeVisible();
  await page.waitForURL(/\/decks\/[^/]+\/edit$/);
  // The saved source carries the anchors the ids are kept by.
  await expect(source(page)).toHaveValue(/The batch axis \^deck-[0-9a-f]{6}/);
  await expect(page.getByRole('heading', { name: 'Edit deck: Normalization drill', level: 1 })).toBeVisible();

  const edited = (await source(page).inputValue()).replace('The batch axis', 'N, H and W');
  await source(page).fill(edited);
  await expect(preview(page).getByRole('article', { name: 'Basic: Line 3' })).toContainText('N, H and W');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 2')).toBeVisible();
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await versions.getByRole('link', { name: 'View version 1' }).click();
  await expect(page.getByText(/You are looking at version 1 from .*read-only/)).toBeVisible();
  await expect(source(page)).toHaveAttribute('readonly', '');
  await expect(source(page)).toHaveValue(/The batch axis/);

  // One click (and a confirmation) restores version 1 as version 3: nothing is lost.
  await versions.getByRole('button', { name: 'Restore version 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
  await expect(dialog).toContainText('saved as version 3');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await versions.getByRole('button', { name: 'Restore version 1' }).click();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/restore-dialog-1280-en-light.png` });
  await dialog.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByText('Version 1 restored as version 3.')).toBeVisible();
  await page.waitForURL(/\/decks\/[^/]+\/edit$/);
  await expect(versions.getByRole('listitem')).toHaveCount(3);
  await expect(source(page)).not.toHaveAttribute('readonly', '');
  await expect(source(page)).toHaveValue(/The batch axis \^deck-[0-9a-f]{6}/);

  // The deck is on the teacher's list, with Edit and Publish.
  await page.goto('/decks');
  const mine = page.getByRole('region', { name: 'My decks' });
  await expect(mine.getByRole('link', { name: 'Edit: Normalization drill' })).toBeVisible();
  await expect(mine.getByRole('button', { name: 'Publish: Normalization drill' })).toBeVisible();
});

async function learnerPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL }]);
  const page = await context.newPage();
  await signUp(page, uniqueEmail('learner'));
  return page;
}

test("a teacher's hostile Markdown renders inert for a learner: no dialog, no script", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await becomeTeacher(page, baseURL!);
  const hostile = [
    '# Hostile deck',
    '',
    'Image?::<img src=x onerror="window.__xss=1;alert(1)">fine ^img',
    '',
    'Script?::<script>window.__xss=2;alert(2)</script>plain ^script',
    '',
    'Link?::[click me](javascript:alert(3)) ^link',
    '',
  ].join('\n');
  const deckId = await saveDeck(page, hostile);
  // Private until published: a stranger gets 404, not 403.
  const learner = await learnerPage(browser, baseURL!);
  const dialogs: string[] = [];
  learner.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hidden = await learner.goto(`/decks/${deckId}`);
  expect(hidden?.status()).toBe(404);

  await page.getByRole('button', { name: 'Publish: Hostile deck' }).click();
  await expect(page.getByText('Published: everyone can now read this deck.')).toBeVisible();

  await learner.goto(`/decks/${deckId}`);
  await expect(learner.getByRole('heading', { name: 'Hostile deck', level: 1 })).toBeVisible();
  await expect(learner.getByRole('article')).toHaveCount(3);
  await expect(learner.getByText('click me')).toBeVisible();
  await expect(learner.locator('main a[href^="javascript:"], main [onerror], main img[src="x"], main script')).toHaveCount(0);
  await learner.goto(`/review/${deckId}`);
  await learner.keyboard.press('Space');
  await expect(learner.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
  await learner.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(await learner.evaluate(() => window.__xss)).toBeUndefined();
  await learner.context().close();
});

// Screenshots for the closing note: SHOTS_DIR=/path (skipped otherwise).
test('screenshots of the editor with its preview and an inline error', async ({ page, baseURL }) => {
  test.skip(!process.env.SHOTS_DIR, 'set SHOTS_DIR to take them');
  test.setTimeout(180_000);
  await becomeTeacher(page, baseURL!);
  for (const locale of ['en', 'zh-CN'])
    for (const theme of ['light', 'dark'])
      for (const width of [1280, 375]) {
        await page.context().addCookies([
          { name: 'locale', value: locale, url: baseURL! },
          { name: 'theme', value: theme, url: baseURL! },
        ]);
        await page.setViewportSize({ width, height: width > 1000 ? 900 : 812 });
        await page.goto('/decks/new');
        await page.locator('#deck-source').fill(DECK('bn-batchsize'));
        await expect(page.locator('button', { hasText: 'bn-batchsize' })).toBeVisible();
        await expect(page.locator('#deck-preview-title + ol > li')).toHaveCount(2);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(scroll, 'no sideways scroll').toBe(0);
        // Filling scrolled the page: a full-page shot from the top keeps the sticky header where it belongs.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${process.env.SHOTS_DIR}/editor-${width}-${locale}-${theme}.png`, fullPage: true });
      }
});
