import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, resolveLocale } from './config';

describe('locale resolution', () => {
  it('prefers the user setting over everything', () => {
    expect(resolveLocale({ userSetting: 'en', cookie: 'zh-CN', acceptLanguage: 'zh-CN' })).toBe('en');
  });
  it('falls back to the cookie, then Accept-Language, then zh-CN', () => {
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'zh' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'fr-FR,en-US;q=0.8,zh;q=0.5' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'fr-FR' })).toBe('zh-CN');
    expect(resolveLocale({})).toBe('zh-CN');
  });
  it('honours q-values and ignores q=0', () => {
    expect(fromAcceptLanguage('en;q=0.3, zh-TW;q=0.9')).toBe('zh-CN');
    expect(fromAcceptLanguage('en;q=0, de')).toBeUndefined();
  });
});
