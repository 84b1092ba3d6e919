'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/auth/guard';
import { deckLimitSchema } from '@/lib/classes-schema';
import { setDeckLimit } from '@/lib/db/assignment-edits';
import { setTourDone } from '@/lib/db/users';
import { tourDoneSchema } from '@/lib/settings-schema';

/** Finishing or skipping the first-run tour hides it on every device; `done: false` brings it back. */
export const setTourDoneAction = authedAction(tourDoneSchema, 'learner', async ({ done }, user) => {
  await setTourDone(user.id, done);
  revalidatePath('/');
  return { ok: true, data: undefined };
});

/**
 * The learner's own new-card limit for one deck (pacing for an assignment): the queue then
 * takes up to this many of the deck's new cards a day, even beyond the global new limit.
 */
export const setDeckLimitAction = authedAction(deckLimitSchema, 'learner', async ({ deckId, newPerDay }, user) => {
  if (!(await setDeckLimit(user.id, deckId, newPerDay))) return { ok: false, error: 'not_found' } as const;
  revalidatePath('/');
  revalidatePath(`/decks/${deckId}`);
  return { ok: true, data: { newPerDay } };
});
