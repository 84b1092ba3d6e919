import { expect, test, type Browser, type Page } from '@playwright/test';
import { dayKey, daysBetween, DEFAULT_ROLLOVER_HOUR } from '../lib/srs';
import { signUp, uniqueEmail } from './helpers';

// Issue 11: a teacher creates a class and assigns a built-in deck and a starter quiz with due
// dates; a learner joins with the code, sees both on Today with the pace, raises the deck's
// new-card limit, reviews two cards; the teacher's class page lists them; the join link
// works for a second learner; a learner who leaves disappears from the teacher's page.

const shots = process.env.CLASSES_SHOTS_DIR;

async function newPage(browser: Browser, baseURL: string, locale = 'en'): Promise<Page> {
  // Everyone signs up on UTC (the browser's zone goes into the account): days left below count from it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
  await context.addCookies([{ name: 'locale', value: locale, url: baseURL }]);
  return context.newPage();
}

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function assign(page: Page, kind: 'Deck' | 'Quiz', option: string, due: string) {
  // The form folds away once the class has work: start from a settled page.
  await page.reload();
  const form = page.locator('details').filter({ has: page.getByText('New assignment', { exact: true }) });
  if ((await form.getAttribute('open')) === null) await form.getByText('New assignment', { exact: true }).click();
  await form.getByRole('radio', { name: kind, exact: true }).check();
  await form.getByRole('combobox', { name: kind, exact: true }).selectOption(option);
  await form.getByLabel('Due date').fill(due);
  await form.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('Assigned to the class.')).toBeVisible();
}

test('a teacher sets work for a class; learners join with the code and the link and see it on Today with a pace', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const teacher = await newPage(browser, baseURL!);
  await signUp(teacher, uniqueEmail('teacher'));
  await teacher.goto('/settings');
  await teacher.getByRole('button', { name: 'Become a teacher' }).click();
  await expect(teacher.getByText('You are a teacher.')).toBeVisible();

  await teacher.goto('/classes');
  await teacher.getByLabel('Class name').fill('Deep learning 7B');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Deep learning 7B' })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
  await expect(teacher.getByText(`/join/${code}`)).toBeVisible();

  // A due date before the start is refused at the field.
  const form = teacher.locator('details').filter({ has: teacher.getByText('New assignment', { exact: true }) });
  await form.getByLabel('Due date').fill(isoDay(-3));
  await form.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(form.getByText('The due date must come after the start date.')).toBeVisible();

  await assign(teacher, 'Deck', 'vae', isoDay(10));
  await assign(teacher, 'Quiz', 'starter-vae', isoDay(5));
  await expect(teacher.getByText('Variational autoencoder').first()).toBeVisible();
  if (shots) await teacher.screenshot({ path: `${shots}/class-en-1280-light.png`, fullPage: true });

  // A learner joins with the code.
  const learner = await newPage(browser, baseURL!);
  const learnerEmail = uniqueEmail('pupil');
  await signUp(learner, learnerEmail);
  await learner.goto('/classes');
  await learner.getByLabel('Join code').fill('WRONG-CODE');
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByText(/No class has this code/)).toBeVisible();
  await learner.getByLabel('Join code').fill(code.toLowerCase());
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByRole('heading', { level: 1, name: 'Deep learning 7B' })).toBeVisible();

  // Today: both assignments, progress, days left and the pace.
  await learner.goto('/');
  const assignments = learner.getByRole('region', { name: 'Assignments' });
  // The starter quiz is named after its deck: tell the two cards apart by their kind line.
  const deck = assignments.getByRole('article', { name: 'Variational autoencoder' }).filter({ hasText: 'Deck · Deep learning 7B' });
  await expect(deck.getByText('0 of 15 cards seen · recall — (target 80%)')).toBeVisible();
  // Counted from the learner's learning day: between midnight and the 04:00 rollover, still yesterday.
  const daysLeft = daysBetween(dayKey(new Date(), 'UTC', DEFAULT_ROLLOVER_HOUR), isoDay(10));
  await expect(deck.getByText(`${daysLeft} days left`)).toBeVisible();
  await expect(deck.getByText(/^2 new cards a day to finish by /)).toBeVisible();
  await expect(assignments.getByRole('article')).toHaveCount(2);
  await expect(assignments.getByText('Best — · latest — (target 70%)')).toBeVisible();
  await expect(assignments.getByRole('link', { name: /^Take this quiz/ })).toHaveAttribute('href', '/quiz/starter-vae');
  await deck.getByRole('button', { name: 'Use 2 a day for this deck' }).click();
  await expect(learner.getByText('Up to 2 new cards a day from this deck.')).toBeVisible();
  await expect(deck.getByLabel('New cards a day for this deck')).toHaveValue('2');

  // Two reviews of the assigned deck.
  await deck.getByRole('link', { name: /^Review this deck/ }).click();
  await expect(learner).toHaveURL(/\/review\/vae$/);
  for (let i = 0; i < 2; i++) {
    const card = learner.getByRole('region', { name: 'Card' });
    await expect(card).toBeVisible();
    const typed = card.getByRole('textbox', { name: 'Your answer' });
    if (await typed.count()) {
      await typed.fill('2013');
      await learner.keyboard.press('Enter');
    } else await learner.keyboard.press('Space');
    await expect(learner.getByRole('group', { name: 'Grade your answer' })).toBeVisible();
    await learner.keyboard.press('3');
  }
  await learner.goto('/');
  await expect(deck.getByText(/^2 of 15 cards seen · recall /)).toBeVisible();
  if (shots) await learner.screenshot({ path: `${shots}/today-en-1280-light.png`, fullPage: true });

  // The teacher's class page lists the learner.
  await teacher.reload();
  const members = teacher.getByRole('list', { name: 'Learners in this class' });
  await expect(members.getByText(learnerEmail)).toBeVisible();

  // The join link: signed out, it goes to sign-in and comes back; it joins only on the button.
  const guest = await newPage(browser, baseURL!);
  await guest.goto(`/join/${code}`);
  await expect(guest).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fjoin%2F${code}`));
  const second = await newPage(browser, baseURL!);
  const secondEmail = uniqueEmail('pupil2');
  await signUp(second, secondEmail);
  await second.goto(`/join/${code}`);
  await expect(second.getByText('Deep learning 7B')).toBeVisible();
  if (shots) await second.screenshot({ path: `${shots}/join-en-1280-light.png`, fullPage: true });
  await teacher.reload();
  await expect(members.getByText(secondEmail)).toHaveCount(0);
  await second.getByRole('button', { name: 'Join class' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Deep learning 7B' })).toBeVisible();

  // The second learner leaves (with a confirm step); the teacher no longer lists them.
  await second.getByRole('button', { name: 'Leave class' }).click();
  await second.getByRole('button', { name: 'Yes, leave' }).click();
  await expect(second).toHaveURL(/\/classes$/);
  await teacher.reload();
  await expect(members.getByText(learnerEmail)).toBeVisible();
  await expect(members.getByText(secondEmail)).toHaveCount(0);

  // A new code: the old one stops working.
  await teacher.getByRole('button', { name: 'Make a new code' }).click();
  await teacher.getByRole('button', { name: 'Yes, make a new code' }).click();
  await expect(teacher.getByTestId('join-code')).not.toHaveText(code);
  await second.goto(`/join/${code}`);
  await expect(second.getByText(/This join link does not work/)).toBeVisible();
});
