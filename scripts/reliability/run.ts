// npm run test:reliability [-- --full] [--engine=pglite|postgres]: correctness under load,
// never speed. On each engine, against the built app started by scripts/start.ts:
//   storm    N learners × M answers, 10% duplicate resubmissions, random client timeouts;
//   crash    kill -9 of the app mid-storm, then a restart (PGlite: its lock is stale, the
//            directory opens again, and a second process is refused while the app runs);
//   db       (PostgreSQL) the database restarted mid-storm; the app recovers by itself.
// Then: the log holds exactly the unique answers, every acknowledged answer is there, each
// card's state equals a replay of its log through lib/srs, and no response was 500 or more.
// CI size by default (50 × 20), --full for 200 × 50. Traffic only to 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb } from '@/lib/db/client';
import { resetEnv } from '@/lib/env';
import { AppProcess } from './app';
import { lockHolder, prepareEngine, secondProcessRefused } from './engine';
import { action, signIn } from './client';
import { freePort } from './ports';
import { startPostgres, type ThrowawayPostgres } from './postgres';
import { learnerPassword, seedLearners } from './seed';
import { newStats, storm, type SignedIn, type StormStats } from './storm';
import { verify, type ClientRecord } from './verify';

const args = process.argv.slice(2);
const full = args.includes('--full');
const engines = (args.find((a) => a.startsWith('--engine='))?.slice(9) ?? 'pglite,postgres').split(',');
const [N, M] = full ? [200, 50] : [50, 20];
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? Date.now() % 100_000);
const logDir = path.resolve('test-results', 'reliability');
mkdirSync(logDir, { recursive: true });

let passed = 0;
let failed = 0;
function check(name: string, problems: string[]) {
  if (problems.length === 0) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failed++;
    console.log(
      `  ✗ ${name}\n${problems
        .slice(0, 10)
        .map((p) => `      ${p}`)
        .join('\n')}${problems.length > 10 ? `\n      … ${problems.length - 10} more` : ''}`,
    );
  }
}

function summary(s: StormStats): string {
  const codes = [...s.responses].map(([k, v]) => `${k}×${v}`).join(' ');
  const typed = [...s.typed].map(([k, v]) => `${k}×${v}`).join(' ') || 'none';
  return `${s.acked} acked; HTTP ${codes}; typed errors ${typed}; network errors ${s.networkErrors}; client timeouts ${s.clientTimeouts}; duplicates resent ${s.duplicatesSent}`;
}

// A typed `failed` (the database busy or away) is a correct reply: the outbox resends it with
// the same key, and the final check proves it counted once. Correctness only, never speed.
const stormProblems = (s: StormStats): string[] => [...s.bad, ...s.rejected, ...s.duplicateMismatches];

async function runEngine(engine: string) {
  console.log(`\n== ${engine}: ${N} learners × ${M} answers per scenario (seed ${seed}) ==`);
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), `recall-rel-${engine}-`));
  let pg: ThrowawayPostgres | undefined;
  const env: Record<string, string> = { AUTH_SECRET: 'reliability-only-secret-0123456789abcdef', DEMO_MODE: 'false' };
  if (engine === 'postgres') {
    pg = await startPostgres();
    pg.createDatabase('recall_rel');
    env.DATABASE_URL = pg.url('recall_rel');
  } else {
    env.DATABASE_URL = '';
    env.PGLITE_DIR = path.join(work, 'pglite');
  }
  const app = new AppProcess(await freePort(), env, path.join(logDir, `${engine}-app.log`));
  try {
    Object.assign(process.env, env);
    resetEnv();
    await prepareEngine();
    const learners = await seedLearners(`${engine}-${seed}`, N, 4);
    await closeDb();
    await app.start();
    const signInAction = action('signInAction');
    const answer = action('answerCard');
    const signedIn: SignedIn[] = [];
    for (let i = 0; i < learners.length; i += 8)
      signedIn.push(
        ...(await Promise.all(
          learners.slice(i, i + 8).map(async (l) => ({
            ...l,
            cookie: await signIn(app.base, signInAction, l.email, learnerPassword),
            versions: new Map<string, number>(),
          })),
        )),
      );
    console.log(`  ${signedIn.length} learners signed in through the credentials flow (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    const record: ClientRecord = { sent: new Map(), acked: new Map() };
    const run = async (tag: string, at: ((acked: number) => void) | undefined, stats: StormStats) =>
      storm({
        base: () => app.base,
        answer,
        learners: signedIn,
        answersEach: M,
        tag,
        seed,
        record,
        stats,
        onAck: at,
        // A liveness bound, not a speed check: 5 minutes, or 100 ms per answer for a larger storm.
        deadlineMs: Date.now() + Math.max(300_000, N * M * 100),
      });

    const plain = newStats();
    await run('storm', undefined, plain);
    console.log(`  storm: ${summary(plain)}`);
    check(`${engine} storm: no response ≥ 500, every answer acknowledged, duplicates answered as the first`, stormProblems(plain));

    const crash = newStats();
    let crashed: Promise<string[]> | undefined;
    const third = Math.floor((N * M) / 3);
    await run(
      'crash',
      (acked) => {
        if (acked === third) crashed = crashAndRestart(app, engine, env.PGLITE_DIR);
      },
      crash,
    );
    const crashProblems = (await crashed) ?? ['the crash never happened'];
    console.log(`  crash: ${summary(crash)}`);
    check(`${engine} crash: kill -9 mid-storm, restart, clients resend, no response ≥ 500`, [...crashProblems, ...stormProblems(crash)]);

    if (pg) {
      const db = newStats();
      let restarted: Promise<void> | undefined;
      await run(
        'db',
        (acked) => {
          if (acked === third) restarted = pg!.restart(1000);
        },
        db,
      );
      await restarted;
      console.log(`  database restart: ${summary(db)}`);
      check(`${engine} database restart mid-storm: the app serves again by itself, nothing doubles`, stormProblems(db));
    }
    await app.stop();
    check(
      `${engine}: the log holds exactly the unique answers, each acknowledged one, and state = replay of the log`,
      await verifyAll(learners, record),
    );
  } finally {
    await app.stop();
    await closeDb();
    pg?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`  ${engine} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function verifyAll(learners: Parameters<typeof verify>[0], record: ClientRecord): Promise<string[]> {
  resetEnv();
  try {
    return await verify(learners, record);
  } catch (e) {
    return [`could not open the database after the run: ${e instanceof Error ? e.message : String(e)}`];
  }
}

async function crashAndRestart(app: AppProcess, engine: string, pgliteDir: string | undefined): Promise<string[]> {
  const problems: string[] = [];
  const pid = app.pid;
  await app.crash();
  const stale = pgliteDir ? lockHolder(pgliteDir) : null;
  console.log(`  kill -9 of the app (pid ${pid}) mid-storm${stale ? `; its PGlite lock (pid ${stale}) is left behind` : ''}; restarting`);
  await app.start();
  if (engine === 'pglite' && pgliteDir) {
    const holder = lockHolder(pgliteDir);
    if (holder === null || holder === stale) problems.push(`after the restart the lock names ${holder}, not the new server`);
    problems.push(...secondProcessRefused(pgliteDir));
  }
  return problems;
}

const t0 = Date.now();
for (const engine of engines) {
  try {
    await runEngine(engine);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${engine}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
console.log(`\nreliability: ${((Date.now() - t0) / 1000).toFixed(0)} s, logs in ${path.relative(process.cwd(), logDir)}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
