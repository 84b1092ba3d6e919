import type { Diagnostic } from '@/lib/content/types';

/** The slice of next-intl's translator this needs (scoped to `deckEditor`). */
export interface DiagnosticTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * A content diagnostic in the reader's language: its code and values looked up in
 * `deckEditor.diag` (lib/i18n/messages). The English text lib/content wrote stays the
 * fallback for a code without a translation, so a new check never shows an empty line.
 */
export function diagnosticText(d: Diagnostic, t: DiagnosticTranslator): { message: string; fix: string } {
  const key = `diag.${d.code}`;
  if (!t.has(`${key}.message`) || !t.has(`${key}.fix`)) return { message: d.message, fix: d.fix };
  return { message: t(`${key}.message`, d.params), fix: t(`${key}.fix`, d.params) };
}
