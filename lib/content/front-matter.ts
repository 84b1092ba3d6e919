/**
 * Front matter: a YAML block that only counts at the very start of a file.
 * Instead of cutting it off we blank it out (same length, newlines kept) so
 * every offset, line and column the Markdown parser reports still points into
 * the original file.
 */

import { parseDocument } from 'yaml';
import type { Diagnostic } from './types';

export interface FrontMatter {
  title?: string;
  tags: string[];
  obsidian?: boolean;
  /** Everything else, untouched. */
  data: Record<string, unknown>;
}

export interface SplitSource {
  frontMatter: FrontMatter;
  /** Source with the front matter replaced by spaces (offsets unchanged). */
  masked: string;
  /** Source after the front matter, for display. */
  body: string;
  diagnostics: Diagnostic[];
}

const OPEN = /^\uFEFF?---[ \t]*(\r\n|\n|\r)/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(source: string, file: string): SplitSource {
  const empty: FrontMatter = { tags: [], data: {} };
  const open = OPEN.exec(source);
  if (!open) return { frontMatter: empty, masked: source, body: source, diagnostics: [] };

  // Find the closing fence line by line.
  let pos = open[0].length;
  let end = -1;
  let bodyStart = source.length;
  while (pos <= source.length) {
    const nl = source.slice(pos).search(/\r\n|\n|\r/);
    const lineEnd = nl === -1 ? source.length : pos + nl;
    if (CLOSE.test(source.slice(pos, lineEnd))) {
      end = lineEnd;
      const m = /^(\r\n|\n|\r)/.exec(source.slice(lineEnd));
      bodyStart = lineEnd + (m ? m[0].length : 0);
      break;
    }
    if (nl === -1) break;
    pos = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  if (end === -1) {
    // An unclosed `---` at the top is a thematic break, not front matter.
    return { frontMatter: empty, masked: source, body: source, diagnostics: [] };
  }

  const yamlText = source.slice(open[0].length, pos);
  const masked = source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
  const diagnostics: Diagnostic[] = [];
  const frontMatter = readFrontMatter(yamlText, file, diagnostics);
  return { frontMatter, masked, body: source.slice(bodyStart), diagnostics };
}

function readFrontMatter(yamlText: string, file: string, diagnostics: Diagnostic[]): FrontMatter {
  const fm: FrontMatter = { tags: [], data: {} };
  const doc = parseDocument(yamlText, { prettyErrors: false });
  for (const err of doc.errors) {
    const lp = err.linePos?.[0];
    diagnostics.push({
      severity: 'error',
      file,
      line: (lp?.line ?? 1) + 1,
      col: lp?.col ?? 1,
      message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      fix: 'fix the YAML between the two `---` lines (quote values that contain `:` or `#`)',
      code: 'frontMatterYaml',
      params: { detail: err.message.split('\n')[0] ?? '' },
    });
  }
  if (doc.errors.length > 0) return fm;
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return fm;
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({
      severity: 'error',
      file,
      line: 2,
      col: 1,
      message: 'front matter must be a YAML mapping',
      fix: 'write `key: value` lines, e.g. `title: 池化`',
      code: 'frontMatterNotMapping',
    });
    return fm;
  }
  const rec = data as Record<string, unknown>;
  fm.data = rec;
  if (typeof rec.title === 'string') fm.title = rec.title;
  else if (rec.title !== undefined) fm.title = String(rec.title);
  const tags = rec.tags ?? rec.tag;
  // Obsidian accepts a list, or one string with comma/space separated tags.
  if (Array.isArray(tags)) fm.tags = tags.map((t) => String(t).replace(/^#/, '').trim()).filter(Boolean);
  else if (typeof tags === 'string')
    fm.tags = tags
      .split(/[,\s]+/)
      .map((t) => t.replace(/^#/, ''))
      .filter(Boolean);
  if (typeof rec.obsidian === 'boolean') fm.obsidian = rec.obsidian;
  return fm;
}
