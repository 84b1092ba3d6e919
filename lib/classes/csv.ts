/**
 * CSV for the teacher's exports: RFC 4180 (fields with a comma, quote, CR or LF are quoted,
 * quotes doubled, CRLF between records), a UTF-8 byte-order mark so that Excel reads Chinese
 * names as UTF-8, and the OWASP guard against formula injection: a text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it
 * as text instead of running it. Pure.
 *
 * Numbers are written as numbers and never prefixed: they come from our own counts, not from
 * anyone's typing, and a negative number must stay a number. Everything a person typed (a
 * name, an email, a card's front) reaches this module as a string.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded and quoted as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, then one record per row, CRLF-terminated. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvField).join(',');
  return BOM + [header, ...rows].map((r) => `${line(r)}\r\n`).join('');
}

/** A safe download name: the class name's letters and digits (any script), else `class`. */
export function csvFilename(className: string, kind: string, day: string): string {
  const base =
    className
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'class';
  return `${base}-${kind}-${day}.csv`;
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
