import { redirect } from 'next/navigation';
import { OutboxFlusher } from '@/components/review/outbox-flusher';
import { AppHeader } from '@/components/shell/app-header';
import { currentUser } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  // proxy.ts already redirects anonymous visitors; a deleted account with a live token lands here.
  if (!user) redirect('/signin');
  return (
    <>
      <AppHeader user={user} />
      <OutboxFlusher userId={user.id} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </>
  );
}
