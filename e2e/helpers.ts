import { expect, type Page } from '@playwright/test';

export const demoLearner = { email: 'learner@recall-lab.test', password: 'learner-demo-pass' };
export const demoTeacher = { email: 'teacher@recall-lab.test', password: 'teacher-demo-pass' };

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

export const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

export async function signUp(page: Page, email: string, password = 'long-enough-password') {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

export const reviewCard = (page: Page) => page.getByRole('region', { name: 'Card' });

/**
 * Shows the answer of the card on screen, whatever its type (a typed card gets an answer first),
 * in English. A key pressed before the page has hydrated does nothing (CI once lost a Space that
 * way), so it tries again until the grade buttons show, and only while they do not: a second
 * Space after the answer is shown would grade the card.
 */
export async function revealAnswer(page: Page) {
  const typed = reviewCard(page).getByRole('textbox', { name: 'Your answer' });
  const grades = page.getByRole('group', { name: 'Grade your answer' });
  await expect(async () => {
    if (!(await grades.isVisible())) {
      if (await typed.count()) {
        await typed.fill('2013');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('Space');
      }
    }
    await expect(grades).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
