/**
 * Display helpers for the experiment components. Their UI text lives in the
 * `experiments` message namespace; the registry carries its own {zh, en} strings.
 */
import type { Localized } from '@/lib/experiments/registry';

/** Picks a registry string for a next-intl locale: English for 'en', Chinese for anything else. */
export function localize(text: Localized, locale: string): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A measurement for display: percentages with one decimal, counts as integers, else 4 significant digits. */
export function formatMetric(value: number | undefined, unit?: string): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (unit === '%') return `${value.toFixed(1)}%`;
  const text = Number.isInteger(value)
    ? String(value)
    : Math.abs(value) < 1e-3 && value !== 0
      ? value.toExponential(2)
      : String(Number(value.toPrecision(4)));
  return unit && unit !== 'params' ? `${text} ${unit}` : text;
}
