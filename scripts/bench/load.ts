// npm run bench -- --only=load: what one server carries on the answer path. The built app
// (scripts/start.ts) on a throwaway PostgreSQL and on PGlite, learners signed in through
// the credentials flow, closed loop at 50 and 200 connections, open loop at 200 answers/s
// from 2,000 learners; on PostgreSQL also pgbench running the same SQL, for the ratio.
// Options: --engines=postgres,pglite --learners=2000 --seconds=20 --rate=200.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import path from 'node:path';
import { closeDb } from '@/lib/db/client';
import { resetEnv } from '@/lib/env';
import { AppProcess } from '../reliability/app';
import { action, signIn } from '../reliability/client';
import { prepareEngine } from '../reliability/engine';
import { freePort } from '../reliability/ports';
import { startPostgres, type ThrowawayPostgres } from '../reliability/postgres';
import { learnerPassword, seedLearners } from '../reliability/seed';
import type { SignedIn } from '../reliability/storm';
import { closedLoop, emptyRoute, openLoop, type LoadResult } from './answer-load';
import { runPgbench, seedPgbench } from './pgbench';
import { benchTwoInstances } from './two-instances';

const opt = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Waits until the server has worked off what an earlier phase left queued (timed-out requests go on). */
async function drain(base: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const t0 = performance.now();
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && performance.now() - t0 < 200) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export type Report = (section: string, name: string, value: string, data?: unknown) => void;

export async function benchLoad(report: Report): Promise<void> {
  const engines = opt('engines', 'postgres,pglite').split(',');
  const learnersN = Number(opt('learners', '2000'));
  const seconds = Number(opt('seconds', '20'));
  const rate = Number(opt('rate', '200'));
  for (const engine of engines) {
    const work = mkdtempSync(path.join(tmpdir(), `recall-bench-${engine}-`));
    let pg: ThrowawayPostgres | undefined;
    const env: Record<string, string> = { AUTH_SECRET: 'bench-only-secret-0123456789abcdef', DEMO_MODE: 'false' };
    if (engine === 'postgres') {
      pg = await startPostgres();
      pg.createDatabase('recall_bench');
      env.DATABASE_URL = pg.url('recall_bench');
    } else {
      env.DATABASE_URL = '';
      env.PGLITE_DIR = path.join(work, 'pglite');
    }
    const app = new AppProcess(
      await freePort(),
      { ...env, ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}) },
      path.join(work, 'app.log'),
    );
    try {
      Object.assign(process.env, env);
      resetEnv();
      await prepareEngine();
      const seeded = await seedLearners(`bench-${Date.now()}`, learnersN, 4);
      await closeDb();
      await app.start();
      const t0 = Date.now();
      const signInAction = action('signInAction');
      const learners: SignedIn[] = [];
      for (let i = 0; i < seeded.length; i += 8)
        learners.push(
          ...(await Promise.all(
            seeded
              .slice(i, i + 8)
              .map(async (l) => ({ ...l, cookie: await signIn(app.base, signInAction, l.email, learnerPassword), versions: new Map() })),
          )),
        );
      report(
        'load',
        `${engine}: ${learners.length} sign-ins (credentials flow, 8 at a time)`,
        `${((Date.now() - t0) / 1000).toFixed(0)} s`,
      );
      const answer = action('answerCard');
      await closedLoop(app.base, answer, learners, 10, 3); // warm-up: JIT, pools, first queries
      // The floor under every number below: the same server answering a route that does nothing.
      const floor = await emptyRoute(app.base, 50, seconds);
      report('load', `${engine}: empty route (/api/health), 50 connections`, `${floor.toFixed(0)} requests/s; load ${load()}`, {
        engine,
        shape: 'empty route',
        throughput: floor,
      });
      await drain(app.base);
      const results: LoadResult[] = [];
      for (const c of [50, 200]) {
        results.push(await closedLoop(app.base, answer, learners, c, seconds));
        await drain(app.base);
      }
      results.push(await openLoop(app.base, answer, learners, rate, seconds + 10));
      await drain(app.base);
      for (const r of results) {
        const lat = Object.entries(r.latencyMs)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ');
        const errs =
          Object.entries(r.errors)
            .map(([k, v]) => `${k}×${v}`)
            .join(' ') || 'no errors';
        report('load', `${engine}: ${r.shape}`, `${r.throughput.toFixed(0)} answers/s; ms ${lat}; ${errs}; load ${load()}`, {
          engine,
          ...r,
          loadavg: loadavg(),
        });
      }
      if (pg && !process.argv.includes('--no-two'))
        await benchTwoInstances(
          app,
          env,
          path.join(work, 'app2.log'),
          { answer, signIn: signInAction },
          learners,
          results[0]!,
          50,
          seconds,
          report,
        );
      if (pg) {
        const card = await seedPgbench(env.DATABASE_URL!, learnersN);
        for (const c of [50, 200]) {
          let b;
          try {
            b = runPgbench(pg.bin, pg.port, 'recall_bench', card, learnersN, c, seconds);
          } catch (e) {
            report('load', `pgbench, same SQL, ${c} connections`, `failed: ${e instanceof Error ? e.message.slice(0, 300) : String(e)}`);
            continue;
          }
          const app = results.find((r) => r.shape === `closed loop, ${c} connections`)!;
          report(
            'load',
            `pgbench, same SQL, ${c} connections`,
            `${b.tps.toFixed(0)} tps (avg ${b.latencyMs.toFixed(1)} ms, failed ${b.failed}); load ${load()}`,
            { engine: 'pgbench', ...b, loadavg: loadavg() },
          );
          report('load', `app ÷ pgbench at ${c} connections`, (app.throughput / b.tps).toFixed(2), {
            ratio: app.throughput / b.tps,
            connections: c,
          });
        }
      }
    } finally {
      await app.stop();
      await closeDb();
      pg?.stop();
      rmSync(work, { recursive: true, force: true });
    }
  }
}
