import { cookies } from 'next/headers';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocaleSwitcher } from '@/components/shell/locale-switcher';
import { ThemeSwitcher } from '@/components/shell/theme-switcher';

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between px-4 py-3">
        <span className="text-lg font-bold text-indigo-600 dark:text-indigo-400">Recall Lab</span>
        <div className="flex items-center gap-2">
          <LocaleSwitcher />
          <ThemeSwitcher initial={(await cookies()).get('theme')?.value ?? 'system'} />
        </div>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-8 sm:items-center">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <ClientMessages namespaces={['auth']}>{children}</ClientMessages>
        </div>
      </main>
    </div>
  );
}
