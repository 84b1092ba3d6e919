'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/auth/guard';
import { setTourDone } from '@/lib/db/users';
import { tourDoneSchema } from '@/lib/settings-schema';

/** Finishing or skipping the first-run tour hides it on every device; `done: false` brings it back. */
export const setTourDoneAction = authedAction(tourDoneSchema, 'learner', async ({ done }, user) => {
  await setTourDone(user.id, done);
  revalidatePath('/');
  return { ok: true, data: undefined };
});
