/** Locales Recall Lab speaks. zh-CN is the default: the course notes are Chinese. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';
export const localeCookie = 'locale';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (locales as readonly string[]).includes(v);
}

/** Picks the best supported locale from an Accept-Language header. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return undefined;
}

/** Locale order: the user's setting, then the switcher's cookie, then Accept-Language, then zh-CN. */
export function resolveLocale(input: { userSetting?: string | null; cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.userSetting)) return input.userSetting;
  if (isLocale(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}

/** The locale of a route handler's request, as pages resolve it (the user's setting, the cookie, the browser). */
export function requestLocale(request: Request, userSetting?: string | null): Locale {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === localeCookie)?.[1];
  return resolveLocale({ userSetting, cookie, acceptLanguage: request.headers.get('accept-language') });
}
