import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthForm } from '@/components/auth/auth-form';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { oauthProviders } from '@/lib/auth';
import { currentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { signInAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('signIn') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentUser()) redirect('/');
  const t = await getTranslations('auth');
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-xl font-bold">{t('signInTitle')}</h1>
      <AuthForm mode="signin" action={signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviders} callbackUrl={callbackUrl} />
      {env().demo && <p className="mt-6 text-xs text-slate-500 dark:text-slate-400">{t('demoHint')}</p>}
    </>
  );
}
