// npm run import:anki -- <file.apkg|.colpkg> --user <email>
// npm run import:obsidian -- <vault dir|vault.zip> --user <email>
// Imports into the user's own (private) decks and prints the report. Running it again updates.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getUserByEmail } from '@/lib/db/users';
import { runAnkiImport, runObsidianImport, startImportJob, type ImportJobView } from '@/lib/db/imports';
import { ImportError } from '@/lib/import/limits';
import { vaultFiles } from '@/lib/import/vault';

export type ImportKind = 'anki' | 'obsidian';

const usage = (kind: ImportKind) =>
  kind === 'anki'
    ? 'usage: npm run import:anki -- <file.apkg|file.colpkg> --user <email>'
    : 'usage: npm run import:obsidian -- <vault folder|vault.zip> --user <email>';

function parseArgs(args: string[]): { path?: string; email?: string; extra: string[] } {
  const rest = args.filter((a) => a !== '--');
  const at = rest.indexOf('--user');
  const email = at >= 0 ? rest[at + 1] : undefined;
  const positional = rest.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  return { path: positional[0], email, extra: positional.slice(1) };
}

/** Markdown files of a vault folder (hidden folders such as .obsidian skipped), by path relative to it. */
export function readVaultDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.md$/i.test(name)) out.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

export function formatReport(job: ImportJobView): string[] {
  if (job.status === 'failed' || !job.report) return [`Import failed: ${job.error ?? 'unknown error'}`];
  const r = job.report;
  const lines = [
    `Imported ${r.notes} notes, ${r.cards} cards (${r.scheduled} with a schedule), ${r.reviews} reviews, ${r.media} images.`,
    ...r.decks.map((d) => `  deck "${d.title}" (${d.deckId}): ${d.cards} cards`),
  ];
  if (r.skipped.length) lines.push('Skipped:', ...r.skipped.map((s) => `  ${s.count} × ${s.kind}: ${s.reason} (${s.examples.join(', ')})`));
  return lines;
}

export async function importCli(
  kind: ImportKind,
  args: string[],
  print: (line: string) => void,
  fail: (line: string) => void,
): Promise<number> {
  const { path, email, extra } = parseArgs(args);
  if (!path || !email || extra.length) {
    fail(usage(kind));
    return 2;
  }
  const user = await getUserByEmail(email);
  if (!user) {
    fail(`No account has the email ${email.trim().toLowerCase()}. Sign up first, then run this again.`);
    return 1;
  }
  let job: ImportJobView | null;
  try {
    if (kind === 'anki') {
      job = await runAnkiImport(user.id, await startImportJob(user.id, 'anki', path), readFileSync(path));
    } else {
      const files = statSync(path).isDirectory() ? readVaultDir(path) : vaultFiles(readFileSync(path));
      job = await runObsidianImport(user.id, await startImportJob(user.id, 'obsidian', path), files);
    }
  } catch (e) {
    fail(e instanceof ImportError ? e.message : `Could not read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  if (!job) return 1;
  for (const line of formatReport(job)) (job.status === 'failed' ? fail : print)(line);
  return job.status === 'failed' ? 1 : 0;
}
