import { getTranslations } from 'next-intl/server';
import { oauthSignInAction } from '@/app/(auth)/actions';
import { secondaryButtonClass } from '@/components/ui/field';

/** Shown only for providers that environment variables turned on. */
export async function OAuthButtons({ providers, callbackUrl }: { providers: string[]; callbackUrl?: string }) {
  if (!providers.length) return null;
  const t = await getTranslations('auth');
  return (
    <div className="mt-6 flex flex-col gap-2">
      <p className="text-center text-xs tracking-wide text-slate-500 uppercase dark:text-slate-400">{t('orContinueWith')}</p>
      {providers.map((p) => (
        <form key={p} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p} />
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          <button type="submit" className={`${secondaryButtonClass} w-full`}>
            {p === 'github' ? t('withGithub') : t('withGoogle')}
          </button>
        </form>
      ))}
    </div>
  );
}
