'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { signOut } from '@/lib/auth';
import { currentUser } from '@/lib/auth/session';
import { bumpSessionVersion, updateSettings } from '@/lib/db/users';
import { localeCookie, locales } from '@/lib/i18n/config';

const year = 60 * 60 * 24 * 365;
const localeSchema = z.enum(locales);
const themeSchema = z.enum(['system', 'light', 'dark']);

/** Sets the UI language: a cookie for everyone, and the account setting when signed in. */
export async function setLocale(value: string): Promise<{ ok: boolean }> {
  const parsed = localeSchema.safeParse(value);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(localeCookie, parsed.data, { path: '/', maxAge: year, sameSite: 'lax' });
  const user = await currentUser();
  if (user) await updateSettings(user.id, { locale: parsed.data });
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function setTheme(value: string): Promise<{ ok: boolean }> {
  const parsed = themeSchema.safeParse(value);
  if (!parsed.success) return { ok: false };
  (await cookies()).set('theme', parsed.data, { path: '/', maxAge: year, sameSite: 'lax' });
  return { ok: true };
}

/**
 * Signs out everywhere: the session version moves on, so this token and every copy of it
 * (another device, a stolen cookie) stop working at once, not when the JWT expires.
 */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) await bumpSessionVersion(user.id);
  await signOut({ redirectTo: '/signin' });
}
