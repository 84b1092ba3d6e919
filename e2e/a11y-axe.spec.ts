import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reviewCard, revealAnswer, signUp, uniqueEmail } from './helpers';

// Issue 9, item 15: axe finds no serious or critical violation on the pages a learner uses
// every day, in the light and the dark theme (the theme follows the system by default).
// `label-content-name-mismatch` is off in axe by default; it is on here because accessible
// names must match the visible labels (WCAG 2.5.3).

type Found = { page: string; id: string; impact: string; help: string; targets: string[] };

async function seriousViolations(page: Page, name: string): Promise<Found[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: name,
      id: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on the daily pages (${colorScheme})`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ colorScheme });
    await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    const page = await context.newPage();
    await signUp(page, uniqueEmail(`axe-${colorScheme}`));
    const found: Found[] = [];

    found.push(...(await seriousViolations(page, 'today')));

    await page.goto('/review');
    await expect(reviewCard(page)).toBeVisible();
    found.push(...(await seriousViolations(page, 'review: front')));
    await revealAnswer(page);
    found.push(...(await seriousViolations(page, 'review: back')));
    // A little history, so Stats draws its charts and heatmap instead of empty states.
    await page.keyboard.press('3');
    await revealAnswer(page);
    await page.keyboard.press('1');

    for (const [name, url] of [
      ['stats', '/stats'],
      ['notes', '/notes'],
      ['note', '/notes/normalization'],
      ['lab', '/lab'],
      ['decks', '/decks'],
      ['settings', '/settings'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      found.push(...(await seriousViolations(page, name)));
    }

    // An experiment after its run: the chart, the measurements and the verdict.
    await page.goto('/lab');
    await page.getByRole('link', { name: 'L1 vs L2 sparsity' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByText('What the measurements say')).toBeVisible({ timeout: 30_000 });
    found.push(...(await seriousViolations(page, 'lab: after a run')));

    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    await context.close();
  });
}
