import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

// Strings only TensorFlow.js's bundle contains.
const tfjsMarkers = ['tfjs-backend-wasm', 'tensorflowjs'];

/** Every script the page (and its workers) fetched while `action` ran, with whether it holds tfjs. */
async function scriptsDuring(page: Page, action: () => Promise<void>): Promise<{ url: string; tfjs: boolean }[]> {
  const seen: Promise<{ url: string; tfjs: boolean }>[] = [];
  const onResponse = (res: import('@playwright/test').Response) => {
    if (res.request().resourceType() !== 'script' && !res.url().endsWith('.js')) return;
    seen.push(
      res
        .text()
        .then((body) => ({ url: res.url(), tfjs: tfjsMarkers.some((m) => body.includes(m)) }))
        .catch(() => ({ url: res.url(), tfjs: false })),
    );
  };
  page.context().on('response', onResponse);
  await action();
  page.context().off('response', onResponse);
  return Promise.all(seen);
}

test('tfjs stays out of the first load of Today and Review, and loads (warm, in one worker) on an experiment page', async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
  await signUp(page, uniqueEmail('bundle'));
  // A fresh context cache: the first load of each page fetches every script it needs.
  for (const path of ['/', '/review']) {
    const scripts = await scriptsDuring(page, async () => {
      await page.goto(path, { waitUntil: 'networkidle' });
    });
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((s) => s.tfjs).map((s) => s.url),
      `tfjs loaded on ${path}`,
    ).toEqual([]);
    expect(page.workers(), `a worker started on ${path}`).toHaveLength(0);
  }
  // The positive control: an experiment page does fetch tfjs (in its worker), warmed up
  // while the page sits idle, before anything is clicked; the run then reuses that worker.
  const scripts = await scriptsDuring(page, async () => {
    const worker = page.waitForEvent('worker');
    await page.goto('/lab/conv-bias-params');
    await worker;
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'What the measurements say' })).toBeVisible({ timeout: 30_000 });
  });
  expect(scripts.some((s) => s.tfjs)).toBe(true);
  expect(page.workers()).toHaveLength(1);
});
