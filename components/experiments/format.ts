/**
 * Display helpers for the experiment components. Their UI text lives in the
 * `experiments` message namespace; the registry carries its own {zh, en} strings.
 */
import type { Localized } from '@/lib/experiments/registry';
import { formatNumber } from '@/lib/format/number';

/** Picks a registry string for a next-intl locale: English for 'en', Chinese for anything else. */
export function localize(text: Localized, locale: string): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A measurement for display, through the one shared number formatter (lib/format/number.ts). */
export function formatMetric(value: number | undefined, unit?: string, locale = 'en'): string {
  return formatNumber(value, { unit, locale });
}
