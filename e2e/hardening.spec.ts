import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoTeacher } from './helpers';

// Issue 8, finding 6: malformed URLs answer 400 and oversized bodies 413, never a 500 or a stack trace.

const malformed = ['/decks/%E0%A4%A', '/notes/%ZZ', '/lab/%', '/review/%E0', '/decks/%00'];

/** The id of a real server action of this build (answerCard), as the page's client code would send it. */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in this build`);
  return found[0];
}

test.describe('hostile requests', () => {
  test.beforeEach(async ({ page }) => {
    // The helper's sign-in, with room for a cold server on a busy machine (the first argon2 hash).
    await page.goto('/signin');
    await page.getByLabel('Email').fill(demoTeacher.email);
    await page.getByLabel('Password').fill(demoTeacher.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 45_000 });
  });

  test('malformed percent-encoding in a dynamic route is a 400, not a 500', async ({ page }) => {
    for (const path of malformed) {
      for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
        const res = await page.request.get(path, { headers, maxRedirects: 0 });
        expect([400, 404], `${path} ${JSON.stringify(headers)}`).toContain(res.status());
        const body = await res.text();
        expect(body).not.toMatch(/\bat \S+ \(|Error:|node_modules/);
      }
    }
    // Signed out the same paths are refused too, not redirected with the path echoed back.
    const anon = await page.context().browser()!.newContext();
    const res = await anon.request.get('/notes/%ZZ', { maxRedirects: 0 });
    expect(res.status()).toBe(400);
    await anon.close();
  });

  test('a 2 MB server action body is a 413, a 2 MB class is a 413, and nothing is created', async ({ page, baseURL }) => {
    const big = JSON.stringify([{ cardId: 'x', padding: 'x'.repeat(2 * 1024 * 1024) }]);
    const action = await page.request.post('/review', {
      headers: { 'Next-Action': actionId('answerCard'), 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL! },
      data: big,
      maxRedirects: 0,
    });
    expect(action.status()).toBe(413);
    expect(await action.text()).not.toMatch(/\bat \S+ \(|node_modules/);

    const before = (await (await page.request.get('/api/classes')).json()) as { classes: unknown[] };
    const name = `Big ${'x'.repeat(2 * 1024 * 1024)}`;
    const res = await page.request.post('/api/classes', {
      headers: { 'Content-Type': 'application/json', Origin: baseURL! },
      data: JSON.stringify({ name }),
    });
    expect(res.status()).toBe(413);
    const after = (await (await page.request.get('/api/classes')).json()) as { classes: unknown[] };
    expect(after.classes).toHaveLength(before.classes.length);
  });
});
