'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { AuthFormState } from '@/app/(auth)/actions';
import { buttonClass, Field } from '@/components/ui/field';
import { passwordMax, passwordMin } from '@/lib/auth/password-limits';

type Mode = 'signin' | 'signup';

export function AuthForm({
  mode,
  action,
  callbackUrl,
}: {
  mode: Mode;
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl?: string;
}) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState(action, {});
  const err = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key as 'emailInvalid', { min: passwordMin, max: passwordMax }));
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {mode === 'signup' && (
        // Filled in the browser (a ref, not state): the zone the learner's day follows.
        <input type="hidden" name="timeZone" ref={(el) => void (el && (el.value = Intl.DateTimeFormat().resolvedOptions().timeZone))} />
      )}
      {mode === 'signup' && (
        <Field label={t('name')} name="name" autoComplete="nickname" defaultValue={state.values?.name} errors={err('name')} />
      )}
      <Field
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={err('email')}
      />
      <Field
        label={t('password')}
        name="password"
        type="password"
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        required
        errors={err('password')}
      />
      {state.formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-500/10 dark:text-red-300">
          {state.formError === 'rateLimited'
            ? t('rateLimited', { minutes: state.minutes ?? 15 })
            : state.formError === 'signUpLimited'
              ? t('signUpLimited', { minutes: state.minutes ?? 60 })
              : state.formError === 'badRequest'
                ? t('badRequest')
                : t('invalidCredentials')}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass}>
        {mode === 'signup' ? t('submitSignUp') : t('submitSignIn')}
      </button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        {mode === 'signup' ? t('haveAccount') : t('noAccount')}{' '}
        <Link href={mode === 'signup' ? '/signin' : '/signup'} className="font-medium text-indigo-600 underline dark:text-indigo-400">
          {mode === 'signup' ? t('submitSignIn') : t('submitSignUp')}
        </Link>
      </p>
    </form>
  );
}
