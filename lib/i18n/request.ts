import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { currentUser } from '@/lib/auth/session';
import { localeCookie, resolveLocale } from './config';

export default getRequestConfig(async () => {
  const [cookieStore, headerStore, user] = await Promise.all([cookies(), headers(), currentUser()]);
  const locale = resolveLocale({
    userSetting: user?.locale,
    cookie: cookieStore.get(localeCookie)?.value,
    acceptLanguage: headerStore.get('accept-language'),
  });
  return { locale, messages: (await import(`./messages/${locale}.json`)).default };
});
