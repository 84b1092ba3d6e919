import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// The packages are built by the repository's own script (sql.js + fflate), not kept as binaries.
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anki-e2e-'));
  execFileSync('npx', ['tsx', 'tests/fixtures/anki/build.ts', dir], { stdio: 'ignore' });
});

const shots = process.env.SHOTS_DIR;

async function importPackage(page: Page, file: string, submit = 'Import') {
  await page.goto('/import');
  await page.locator('input[type=file]').setInputFiles(join(dir, file));
  await page.getByRole('button', { name: submit }).click();
}

/** The finished import's report, and the number shown for one of its terms. */
async function finishedReport(page: Page) {
  const report = page.getByRole('region', { name: 'Import finished' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  const count = (label: string) =>
    report
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  return { report, count };
}

test('upload an .apkg, see the report, review an imported card, export the deck', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('import'));
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Import decks' }).click();
  await expect(page.getByRole('heading', { name: 'Import decks', level: 1 })).toBeVisible();
  await page.getByLabel('What are you importing?').selectOption('anki');
  await page.getByLabel('File').setInputFiles(join(dir, 'schema18.apkg'));
  await page.getByRole('button', { name: 'Import' }).click();

  const { report, count } = await finishedReport(page);
  await expect(count('Notes')).toHaveText('6');
  await expect(count('Cards')).toHaveText('8');
  await expect(count('Reviews')).toHaveText('7');
  await expect(count('Images')).toHaveText('1');
  await expect(report.getByText(/audio \(not supported\)/)).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/import-en-1280.png`, fullPage: true });

  // The imported deck is the learner's own; its overdue cards are due now.
  await report.getByRole('link', { name: 'Deep Learning::Maths' }).click();
  await expect(page.getByRole('heading', { name: 'Deep Learning::Maths', level: 1 })).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export for Anki (.apkg)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.apkg$/);
  const md = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export as Markdown' }).click();
  expect((await md).suggestedFilename()).toMatch(/\.md$/);

  await page.getByRole('link', { name: /^Review this deck/ }).click();
  // A click before hydration does nothing: show the answer until the grade buttons appear.
  await expect(async () => {
    await page.getByRole('button', { name: /^Show answer/ }).click({ timeout: 2000 });
    await expect(page.getByRole('group', { name: 'Grade your answer' })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Good/ }).click();

  // A repeat of the same file updates: nothing is counted twice.
  await importPackage(page, 'schema18.apkg');
  await expect(count('Reviews')).toHaveText('0', { timeout: 30_000 });
});

test('upload a vault folder: only its notes are sent, and the report shows their cards', async ({ page, context, baseURL }) => {
  const vault = join(dir, 'My Vault');
  mkdirSync(join(vault, 'cnn'), { recursive: true });
  mkdirSync(join(vault, '.obsidian'), { recursive: true });
  writeFileSync(
    join(vault, 'cnn', 'pooling.md'),
    '#flashcards\n\nMax pooling:::keeps the maximum\n<!--SR:!2024-03-05,10,270!2024-03-02,3,130-->\n',
  );
  writeFileSync(join(vault, 'readme.md'), 'No cards here.\n');
  writeFileSync(join(vault, '.obsidian', 'app.json'), '{}');
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('import-folder'));
  await page.goto('/import');
  await page.getByLabel('What are you importing?').selectOption('obsidian');
  await page.getByLabel('Or choose the vault folder').setInputFiles(vault);
  await expect(page.getByText('2 notes chosen')).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();

  const { report, count } = await finishedReport(page);
  await expect(count('Notes')).toHaveText('1');
  await expect(count('Cards')).toHaveText('2');
  await expect(count('With a schedule')).toHaveText('2');
  await expect(report.getByRole('link', { name: 'pooling' })).toBeVisible();
  await expect(report.getByText(/notes without flashcards/)).toContainText('readme.md');
});

test('a file that is not a package gets a clear message', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('import-bad'));
  await page.goto('/import');
  await page
    .getByLabel('File')
    .setInputFiles({ name: 'notes.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The import failed' })).toHaveText(
    'The import failed: this is not an Anki package or a zip file.',
    { timeout: 30_000 },
  );
});

/** A job as the progress poll would report it (the screenshots of states that pass too fast to catch). */
const fakeJob = (job: Record<string, unknown>) => ({
  job: { id: 'x', kind: 'anki', fileName: 'deck.apkg', report: null, errorCode: null, error: null, ...job },
});

test('screenshots: empty, progress, report and errors at 1280 and 375 px, in English and Chinese', async ({ browser, baseURL }) => {
  test.skip(!shots, 'set SHOTS_DIR to write them');
  test.setTimeout(180_000);
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const width of [1280, 375]) {
      const dark = width === 375 && locale === 'en';
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
      await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
      const page = await context.newPage();
      await signUp(page, uniqueEmail(`import-shot-${width}`));
      if (locale === 'zh-CN') {
        await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
        await expect(page.getByRole('heading', { name: '今天', level: 1 })).toBeVisible();
      }
      const shot = async (state: string) => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${shots}/import-${state}-${locale}-${width}${dark ? '-dark' : ''}.png`, fullPage: true });
      };
      const submit = locale === 'en' ? 'Import' : '导入';
      await page.goto('/import');
      await page.getByLabel(locale === 'en' ? 'What are you importing?' : '要导入什么？').selectOption('obsidian');
      await shot('empty');

      await page.route('**/api/import/*', (route) => route.fulfill({ json: fakeJob({ status: 'running', done: 1, total: 3 }) }));
      await importPackage(page, 'schema11.apkg', submit);
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33');
      await shot('progress');

      await page.unroute('**/api/import/*');
      await page.route('**/api/import/*', (route) =>
        route.fulfill({ json: fakeJob({ status: 'failed', done: 1, total: 3, errorCode: 'interrupted', error: 'interrupted' }) }),
      );
      await importPackage(page, 'schema11.apkg', submit);
      await expect(page.getByRole('button', { name: locale === 'en' ? 'Upload again' : '重新上传' })).toBeVisible({ timeout: 30_000 });
      await shot('interrupted');
      await page.unroute('**/api/import/*');

      await importPackage(page, 'schema11.apkg', submit);
      await expect(page.getByRole('region', { name: locale === 'en' ? 'Import finished' : '导入完成' })).toBeVisible({ timeout: 30_000 });
      await shot('report');
      await context.close();
    }
  }
});
