import 'server-only';
import { cache } from 'react';
import { getUserById, type AppUser } from '@/lib/db/users';
import { auth } from './index';

/**
 * The signed-in user, read from the database once per request. The JWT only says
 * who is asking; the role and settings come from the database, so a role change
 * takes effect at once and a forged or stale token cannot grant a role.
 */
export const currentUser = cache(async (): Promise<AppUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getUserById(id) : null;
});
