import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

test('upload an .apkg, see the report, review an imported card, export the deck', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('import'));
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Import decks' }).click();
  await expect(page.getByRole('heading', { name: 'Import decks', level: 1 })).toBeVisible();
  await page.getByLabel('What are you importing?').selectOption('anki');
  await page.getByLabel('File').setInputFiles(join(dir, 'schema18.apkg'));
  await page.getByRole('button', { name: 'Import' }).click();

  const report = page.getByRole('region', { name: 'Import finished' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  const count = (label: string) =>
    report
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
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

test('screenshots: the report at 1280 and 375 px, in English and Chinese', async ({ browser, baseURL }) => {
  test.skip(!shots, 'set SHOTS_DIR to write them');
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: width === 375 ? 'dark' : 'light' });
      await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
      const page = await context.newPage();
      await signUp(page, uniqueEmail(`import-shot-${width}`));
      if (locale === 'zh-CN') {
        await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
        await expect(page.getByRole('heading', { name: '今天', level: 1 })).toBeVisible();
      }
      await importPackage(page, 'schema11.apkg', locale === 'en' ? 'Import' : '导入');
      await expect(page.getByRole('region', { name: locale === 'en' ? 'Import finished' : '导入完成' })).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${shots}/import-${locale}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
});
