/**
 * One way to show a measured number, used by the charts, the measurements table and the
 * Stats page: rounded to meaningful digits (3 significant by default, never fewer than the
 * integer part needs) and written in the reader's locale ("12,345", "0.00258",
 * "2.85 × 10⁻⁶"). Pure: no React, no DOM.
 */

export interface NumberFormat {
  /** A BCP 47 locale for grouping and the decimal sign; default 'en'. */
  locale?: string;
  /** '%' is glued to the number, 'params' is a count with no unit shown, anything else follows a space. */
  unit?: string;
  /** Significant digits for non-integers; default 3. */
  digits?: number;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Formatters by locale and options: building an Intl.NumberFormat costs far more than using
 * one, and a chart or table formats hundreds of numbers with the same few.
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Below this magnitude plain decimals turn into a row of zeros, so a power of ten reads better. */
const TINY = 1e-3;

function scientific(value: number, digits: number, locale: string): string {
  const [mantissa, exponent] = value.toExponential(Math.max(0, digits - 1)).split('e');
  const m = numberFormat(locale, { maximumSignificantDigits: digits }).format(Number(mantissa));
  const e = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!);
  return `${m} × 10${e}`;
}

/** The number alone, rounded to `digits` significant digits but keeping every integer digit. */
export function roundedNumber(value: number, locale = 'en', digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < TINY) return scientific(value, digits, locale);
  if (Number.isInteger(value) || abs >= 10 ** digits) {
    return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
  return numberFormat(locale, { maximumSignificantDigits: digits }).format(value);
}

/** A measurement for display, with its unit; '—' when there is none. */
export function formatNumber(value: number | null | undefined, { locale = 'en', unit, digits = 3 }: NumberFormat = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = roundedNumber(value, locale, digits);
  if (!unit || unit === 'params') return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}

/**
 * Labels for the ticks of one axis: the same number of decimals on every tick, as few as
 * tell the ticks apart exactly (0.0, 0.5, 1.0 and 0, 50, 100), in powers of ten when tiny.
 */
export function formatTicks(ticks: readonly number[], locale = 'en'): string[] {
  const finite = ticks.filter(Number.isFinite);
  const largest = Math.max(0, ...finite.map(Math.abs));
  if (largest > 0 && largest < TINY) return ticks.map((t) => (t === 0 ? '0' : scientific(t, 2, locale)));
  let decimals = 0;
  while (decimals < 6 && finite.some((t) => Math.abs(Number(t.toFixed(decimals)) - t) > Math.abs(t) * 1e-9 + 1e-12)) decimals++;
  const fmt = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return ticks.map((t) => (Number.isFinite(t) ? fmt.format(t === 0 ? 0 : t) : '—'));
}
