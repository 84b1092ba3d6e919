import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuthForm } from '@/components/auth/auth-form';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { oauthProviders } from '@/lib/auth';
import { currentUser } from '@/lib/auth/session';
import { signUpAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('signUp') };
}

export default async function SignUpPage() {
  if (await currentUser()) redirect('/');
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="mb-6 text-xl font-bold">{t('signUpTitle')}</h1>
      <AuthForm mode="signup" action={signUpAction} />
      <OAuthButtons providers={oauthProviders} />
    </>
  );
}
