'use server';

import { revalidatePath } from 'next/cache';
import { authedAction, type ActionResult } from '@/lib/auth/guard';
import { createClassSchema } from '@/lib/classes-schema';
import { createClass, type ClassSummary } from '@/lib/db/classes';

/** Teacher-only: the role is checked here, on the server, not by hiding the form. */
export const createClassAction = authedAction(createClassSchema, 'teacher', async ({ name }, user): Promise<ActionResult<ClassSummary>> => {
  const created = await createClass(user.id, name);
  revalidatePath('/classes');
  return { ok: true, data: created };
});
