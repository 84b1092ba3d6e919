'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/auth/guard';
import { setTourDone } from '@/lib/db/users';

const tourSchema = z.object({ done: z.boolean() });

/** Finishing or skipping the first-run tour hides it on every device; `done: false` brings it back. */
export const setTourDoneAction = authedAction(tourSchema, 'learner', async ({ done }, user) => {
  await setTourDone(user.id, done);
  revalidatePath('/');
  return { ok: true, data: undefined };
});
