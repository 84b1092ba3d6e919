// Every bench run is kept: bench/results/<date>.json holds the day's runs, each with the
// machine and its load, so numbers can be compared over time (and a busy machine seen).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';

export function saveResults(sections: string, rows: unknown[]): string {
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  const file = path.join(dir, `${now.toISOString().slice(0, 10)}.json`);
  const runs: unknown[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : [];
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  runs.push({
    at: now.toISOString(),
    commit,
    command: `npm run bench${sections === 'default' ? '' : ` -- --only=${sections}`}`,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      memGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadavgAtEnd: loadavg(),
    },
    rows,
  });
  writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  return file;
}
