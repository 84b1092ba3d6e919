import { OutboxFlusher } from '@/components/review/outbox-flusher';
import { getTranslations } from 'next-intl/server';
import { AppHeader } from '@/components/shell/app-header';
import { Toaster } from '@/components/ui/toaster';
import { requirePageUser } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts turns away requests without a valid session; each page checks again itself.
  const user = await requirePageUser();
  const t = await getTranslations('nav');
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded-md bg-indigo-600 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t('skip')}
      </a>
      <AppHeader user={user} />
      <OutboxFlusher userId={user.id} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
      <Toaster label={t('notifications')} />
    </>
  );
}
