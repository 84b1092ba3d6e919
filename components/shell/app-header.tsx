import { cookies } from 'next/headers';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/actions';
import type { AppUser } from '@/lib/db/users';
import { LocaleSwitcher } from './locale-switcher';
import { NavLinks } from './nav-links';
import { ThemeSwitcher } from './theme-switcher';

export async function AppHeader({ user }: { user: AppUser }) {
  const t = await getTranslations('nav');
  const items = [
    { href: '/', label: t('today') },
    { href: '/review', label: t('review') },
    { href: '/quiz', label: t('quiz') },
    { href: '/decks', label: t('decks') },
    { href: '/lab', label: t('lab') },
    { href: '/classes', label: t('classes') },
    ...(user.role === 'teacher' ? [{ href: '/teach', label: t('teach') }] : []),
    { href: '/stats', label: t('stats') },
  ];
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-bold tracking-tight text-indigo-600 dark:text-indigo-400">
          Recall Lab
        </Link>
        <div className="order-3 w-full md:order-2 md:w-auto md:flex-1">
          <NavLinks items={items} label={t('main')} />
        </div>
        <div className="order-2 ml-auto flex items-center gap-2 md:order-3">
          <LocaleSwitcher />
          <ThemeSwitcher initial={(await cookies()).get('theme')?.value ?? 'system'} />
          <Link
            href="/settings"
            className="hidden max-w-40 truncate rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 sm:block dark:text-slate-300 dark:hover:bg-slate-800"
            title={user.email}
          >
            {user.name || user.email}
          </Link>
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
