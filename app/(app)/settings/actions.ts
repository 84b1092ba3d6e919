'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/auth/guard';
import { reissueSession } from '@/lib/auth/session';
import { setRole, updateSettings } from '@/lib/db/users';
import { env } from '@/lib/env';
import { settingsSchema } from '@/lib/settings-schema';
import { unsuspendCard } from '../review/actions';

export const saveSettingsAction = authedAction(settingsSchema, 'learner', async (input, user) => {
  await updateSettings(user.id, input);
  revalidatePath('/', 'layout');
  return { ok: true, data: undefined };
});

/**
 * A learner can become a teacher, unless TEACHER_SIGNUP=closed: then only an administrator
 * makes teachers (`npm run user:role`). There is no way back here.
 */
export const becomeTeacherAction = authedAction(z.object({}), 'learner', async (_input, user) => {
  if (user.role === 'teacher') return { ok: true, data: undefined };
  if (env().TEACHER_SIGNUP === 'closed') return { ok: false, error: 'forbidden', message: 'teacherSignupClosed' };
  // A role change ends every session of the account; this browser gets a fresh token.
  const sessionVersion = await setRole(user.id, 'teacher');
  await reissueSession({ ...user, role: 'teacher', sessionVersion });
  revalidatePath('/', 'layout');
  return { ok: true, data: undefined };
});

/** The Unsuspend button of the suspended-cards list: a form post (checked and revalidated by unsuspendCard). */
export async function unsuspendFormAction(form: FormData): Promise<void> {
  await unsuspendCard(form);
}
