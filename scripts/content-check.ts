/** `npm run content:check [-- --obsidian] [--root <dir>]`: validate all notes and decks.yaml. */

import { parseArgs } from 'node:util';
import { formatDiagnostic, sortDiagnostics, summarize } from '@/lib/content/check';
import { loadContent } from '@/lib/content/load';

const { values } = parseArgs({
  options: { obsidian: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
});

const content = await loadContent(values.root, { obsidian: values.obsidian });
for (const d of sortDiagnostics(content.diagnostics)) console.log(formatDiagnostic(d));
console.log(summarize(content));
process.exit(content.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
