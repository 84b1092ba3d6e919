'use server';

import { headers } from 'next/headers';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';
import { admitSignUp, limitConfig, signInBlockedFor, type ClientRequest } from '@/lib/auth/credentials';
import { fieldErrors } from '@/lib/auth/guard';
import { hashPassword } from '@/lib/auth/password';
import { peerAddress } from '@/lib/auth/peer';
import { signInSchema, signUpSchema } from '@/lib/auth/schemas';
import { createUser } from '@/lib/db/users';

/** Form state for useActionState. Messages are i18n keys under `auth.`. */
export type AuthFormState = {
  fieldErrors?: Record<string, string[]>;
  formError?: 'invalidCredentials' | 'rateLimited' | 'signUpLimited' | 'badRequest' | 'failed';
  minutes?: number;
  values?: { email?: string; name?: string };
};

function safeCallback(raw: FormDataEntryValue | null): string {
  const s = typeof raw === 'string' ? raw : '';
  // Only same-site paths: never redirect to another origin.
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/';
}

const clientRequest = async (): Promise<ClientRequest> => ({ headers: await headers(), peer: peerAddress() });

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<AuthFormState> {
  const config = limitConfig();
  const req = await clientRequest();
  const blocked = await signInBlockedFor(email, req, config);
  if (blocked !== null) return { formError: 'rateLimited', minutes: blocked, values: { email } };
  try {
    await signIn('credentials', { email, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as { code?: string }).code;
      if (code === 'rate_limited') {
        const minutes = (await signInBlockedFor(email, req, config)) ?? config.signIn.windowMinutes;
        return { formError: 'rateLimited', minutes, values: { email } };
      }
      return { formError: 'invalidCredentials', values: { email } };
    }
    throw error; // Next's redirect on success
  }
}

/** Anyone can post any argument to an action: only a form is a sign-in or sign-up. */
const notAForm = (form: unknown): boolean => !(form instanceof FormData);

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  if (notAForm(form)) return { formError: 'badRequest' };
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { email } };
  return signInOrExplain(parsed.data.email, parsed.data.password, safeCallback(form.get('callbackUrl')));
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  if (notAForm(form)) return { formError: 'badRequest' };
  const raw = {
    email: form.get('email'),
    password: form.get('password'),
    name: form.get('name') ?? undefined,
    timeZone: form.get('timeZone') ?? undefined,
  };
  const values = { email: String(raw.email ?? ''), name: String(raw.name ?? '') };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  const blocked = await admitSignUp(await clientRequest(), limitConfig());
  if (blocked !== null) return { formError: 'signUpLimited', minutes: blocked, values };
  const user = await createUser({
    email: parsed.data.email,
    name: parsed.data.name,
    timeZone: parsed.data.timeZone,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!user) return { fieldErrors: { email: ['emailTaken'] }, values };
  return signInOrExplain(parsed.data.email, parsed.data.password, '/');
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  if (notAForm(form)) return;
  const provider = String(form.get('provider') ?? '');
  if (provider !== 'github' && provider !== 'google') return;
  await signIn(provider, { redirectTo: safeCallback(form.get('callbackUrl')) });
}
