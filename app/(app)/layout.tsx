import { OutboxFlusher } from '@/components/review/outbox-flusher';
import { AppHeader } from '@/components/shell/app-header';
import { requirePageUser } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts turns away requests without a valid session; each page checks again itself.
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      <OutboxFlusher userId={user.id} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </>
  );
}
