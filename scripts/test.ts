// npm test: every test. Unit, then integration on PGlite (and on PostgreSQL too when
// TEST_DATABASE_URL is set), then e2e in Chromium against the built app.
import { spawnSync } from 'node:child_process';

const stages: { name: string; args: string[] }[] = [
  { name: 'unit', args: ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit'] },
  { name: 'integration (PGlite)', args: ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration'] },
  { name: 'e2e (Chromium)', args: ['--import', 'tsx', '--conditions=react-server', 'scripts/e2e.ts'] },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const env = { ...process.env };
  if (stage.name.startsWith('integration')) delete env.TEST_DATABASE_URL; // the PGlite run; CI repeats it on PostgreSQL
  const r = spawnSync(process.execPath, stage.args, { stdio: 'inherit', env });
  results.push({ name: stage.name, ok: r.status === 0, seconds: (Date.now() - started) / 1000 });
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
