// npm run bench: measures the hot paths. Speed lives here, never in test assertions.
// Sections: scheduler, queue, content pipeline, database (PGlite in memory, or
// TEST_DATABASE_URL), experiments in Node (tfjs cpu) and in headless Chromium through
// the app's own /lab pages, and the teacher dashboard on a class of 200 learners
// (scripts/lib/bench-teach.ts; PostgreSQL from TEST_DATABASE_URL or DATABASE_URL; it also counts
// the rows one load reads, and `--work` does only that, for CI: scripts/bench/teach-work.ts; `--http`
// adds a full page render over HTTP). `-- --only=<section>` runs one. `--only=load` (scripts/bench/load.ts,
// minutes: the answer path under load against the built app) and `--only=scale` (100k cards,
// 10k synthetic cards; scripts/bench/scale.ts) and `--only=web` (first-load JS and Lighthouse;
// scripts/bench/web.ts) run only when asked for.
// Every run is kept in bench/results/<date>.json with the machine it ran on.
import { loadContent } from '@/lib/content/load';
import { renderMarkdown } from '@/lib/content/render';
import { buildQueue, schedule, type CardState, type Grade } from '@/lib/srs';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const rows: { section: string; name: string; value: string; data?: unknown }[] = [];

function report(section: string, name: string, value: string, data?: unknown) {
  rows.push({ section, name, value, ...(data === undefined ? {} : { data }) });
  console.log(`${section.padEnd(12)} ${name.padEnd(52)} ${value}`);
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function benchScheduler() {
  const opts = { timeZone: 'Asia/Shanghai', rolloverHour: 4 };
  const n = 100_000;
  const { ms } = await time(() => {
    let s: CardState | null = null;
    let now = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < n; i++) {
      s = schedule(i % 50 === 0 ? null : s, ((i * 7) % 6) as Grade, now, opts);
      now = new Date(now.getTime() + 3_600_000);
    }
  });
  report('scheduler', `schedule() x ${n}`, `${((ms * 1000) / n).toFixed(2)} µs/call`);
  const cards = Array.from({ length: 10_000 }, (_, i) => ({
    cardId: `c${i}`,
    deckId: `d${i % 10}`,
    position: i,
    state: i % 3 === 0 ? null : schedule(null, 4, new Date(Date.UTC(2026, 0, 1 + (i % 60))), opts),
  }));
  const q = await time(() => buildQueue({ cards, now: new Date('2026-03-01T00:00:00Z'), ...opts }));
  report('queue', 'buildQueue() over 10,000 cards', `${q.ms.toFixed(1)} ms (${q.value.length} queued)`);
}

async function benchContent() {
  const load = await time(() => loadContent(process.cwd()));
  report('content', `loadContent() ${load.value.notes.length} notes, ${load.value.cards.length} cards`, `${load.ms.toFixed(0)} ms`);
  const again = await time(() => loadContent(process.cwd()));
  report('content', 'loadContent() warm', `${again.ms.toFixed(0)} ms`);
  const render = await time(() => {
    for (const c of load.value.cards) {
      renderMarkdown(c.front);
      renderMarkdown(c.back);
    }
  });
  report('content', `renderMarkdown() front+back of every card`, `${(render.ms / load.value.cards.length).toFixed(2)} ms/card`);
}

async function benchDatabase() {
  const { createTestDb } = await import('@/lib/db/testing');
  const { recordAnswer } = await import('@/lib/db/reviews');
  const { loadReviewQueue, reviewItems } = await import('@/lib/db/review-queue');
  const { todayOverview } = await import('@/lib/db/today');
  const { syncContent, syncContentIfChanged } = await import('@/lib/db/content-sync');
  const { createUser, getUserById } = await import('@/lib/db/users');
  const t = await createTestDb();
  const engine = t.engine;
  try {
    const content = await loadContent(process.cwd());
    const sync = await time(() => syncContent(content));
    report('database', `${engine}: first content sync (${content.cards.length} cards)`, `${sync.ms.toFixed(0)} ms`);
    const resync = await time(() => syncContent(content));
    report('database', `${engine}: content sync, nothing changed (full compare)`, `${resync.ms.toFixed(0)} ms`);
    await syncContentIfChanged();
    const noop = await time(() => syncContentIfChanged());
    report('database', `${engine}: start-up sync check, nothing changed (hash only)`, `${noop.ms.toFixed(1)} ms (${noop.value.status})`);
    const u = await createUser({ email: 'bench@example.com', passwordHash: 'x' });
    const user = (await getUserById(u!.id))!;
    const big = { ...user, newPerDay: 10_000 };
    const queue = (await loadReviewQueue(big))!;
    const answers: number[] = [];
    let now = Date.parse('2026-06-01T02:00:00Z');
    for (const [i, e] of queue.entries.entries()) {
      const r = await time(() =>
        recordAnswer(
          user,
          {
            cardId: e.cardId,
            grade: ((i % 3) + 3) as Grade,
            durationMs: 1000,
            idempotencyKey: `bench-${i}-xxxxxxxx`,
            clientAt: new Date(now).toISOString(),
            expectedVersion: 0,
          },
          new Date(now),
        ),
      );
      answers.push(r.ms);
      now += 5_000;
    }
    report(
      'database',
      `${engine}: recordAnswer() x ${answers.length}`,
      `p50 ${pct(answers, 50).toFixed(1)} ms, p95 ${pct(answers, 95).toFixed(1)} ms`,
    );
    const dup = await time(() =>
      recordAnswer(user, {
        cardId: queue.entries[0]!.cardId,
        grade: 4,
        durationMs: 1,
        idempotencyKey: 'bench-0-xxxxxxxx',
        clientAt: new Date().toISOString(),
        expectedVersion: 0,
      }),
    );
    report('database', `${engine}: recordAnswer() retry of a recorded key`, `${dup.ms.toFixed(1)} ms (${dup.value.kind})`);
    const later = new Date(now + 30 * 86_400_000);
    const q = await time(() => loadReviewQueue(big, undefined, later));
    report('database', `${engine}: loadReviewQueue() all decks`, `${q.ms.toFixed(1)} ms (${q.value!.entries.length} due)`);
    const items = await time(() => reviewItems(q.value!, q.value!.entries.slice(0, 12)));
    report('database', `${engine}: reviewItems() first 12, rendered`, `${items.ms.toFixed(1)} ms`);
    const o = await time(() => todayOverview(user, later));
    report('database', `${engine}: todayOverview()`, `${o.ms.toFixed(1)} ms`);
  } finally {
    await t.close();
  }
}

async function benchExperiments() {
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  await tf.ready();
  const { experimentSpecs } = await import('@/lib/experiments/registry');
  const { runExperiment } = await import('@/lib/experiments/runnables');
  for (const spec of experimentSpecs) {
    const first = await runExperiment(spec.id, {}, 1);
    const warm = await runExperiment(spec.id, {}, 2);
    report(
      'experiments',
      `${spec.id} (node, tfjs cpu) first / warm`,
      `${first.ms.toFixed(0)} / ${warm.ms.toFixed(0)} ms → ${first.outcome}`,
    );
  }
}

/**
 * Each experiment in headless Chromium, in the real app: /lab/<id>, its Web Worker and
 * the backend the app chooses (wasm). Starts the app on its own port and database.
 */
async function benchBrowser() {
  const { spawn } = await import('node:child_process');
  const { rmSync } = await import('node:fs');
  const { chromiumArgs, findChromium } = await import('./lib/chromium');
  const executablePath = await findChromium();
  if (!executablePath) {
    report('browser', 'skipped', 'no Chromium (set CHROMIUM_PATH)');
    return;
  }
  const port = process.env.BENCH_PORT ?? '3290';
  rmSync('.data/bench', { recursive: true, force: true });
  const server = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: port,
      PGLITE_DIR: '.data/bench/pglite',
      AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 300; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({
      executablePath,
      args: chromiumArgs,
    });
    const page = await (await browser.newContext({ baseURL: base, locale: 'en-US' })).newPage();
    await page.context().addCookies([{ name: 'locale', value: 'en', url: base }]);
    await page.goto('/signup');
    await page.getByLabel('Email').fill(`bench-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('bench-password-123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // Keypress to the next card in the DOM (answers are optimistic, saved in the background).
    await page.goto('/review/gradients');
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __t0: number };
      w.__lat = [];
      w.__t0 = 0;
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === '3') w.__t0 = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        if (w.__t0) {
          w.__lat.push(performance.now() - w.__t0);
          w.__t0 = 0;
        }
      }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
    });
    const region = page.getByRole('region', { name: 'Card' });
    for (let i = 0; i < 8; i++) {
      await region.waitFor();
      if (await region.getByRole('button', { name: 'Commit prediction' }).count()) break;
      const typed = region.getByRole('textbox', { name: 'Your answer' });
      if (await typed.count()) {
        await typed.fill('x');
        await page.keyboard.press('Enter');
      } else await page.keyboard.press('Space');
      await page.getByRole('group', { name: 'Grade your answer' }).waitFor();
      await page.keyboard.press('3');
      await page.waitForTimeout(100);
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    if (lat.length)
      report(
        'browser',
        `review: grade key → next card in the DOM (${lat.length} cards)`,
        `p50 ${pct(lat, 50).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`,
      );
    await benchClickToVerdict(browser, page);
    const { experimentSpecs } = await import('@/lib/experiments/registry');
    for (const spec of experimentSpecs) {
      await page.goto(`/lab/${spec.id}`);
      const times: string[] = [];
      for (const label of ['Run', 'Run again']) {
        // Mark the previous result so the wait below sees only the new one (a run re-renders it).
        await page.locator('p', { hasText: /^Ran in the browser/ }).evaluateAll((ps) => ps.forEach((p) => p.setAttribute('data-old', '')));
        await page.getByRole('button', { name: label, exact: true }).click();
        // The run's own status line (experiments.ranOn): "Ran in the browser, accelerated, in 79 ms".
        const status = page.locator('p:not([data-old])', { hasText: /^Ran in the browser.* in \d+ ms/ });
        await status.waitFor({ timeout: 60_000 });
        times.push(/ in (\d+ ms)/.exec((await status.textContent())!)?.[1] ?? '?');
      }
      report('browser', `${spec.id} (Chromium worker) first / warm`, times.join(' / '));
    }
    await browser.close();
  } finally {
    server.kill('SIGTERM');
  }
}

type Browser = import('@playwright/test').Browser;
type Page = import('@playwright/test').Page;

/**
 * What the learner waits for: click on Run → the verdict panel in the DOM, measured in the
 * page (performance.now() at the click and when the panel appears), so it includes the
 * worker's start-up, tfjs, the backend and React, not only the run's own timer.
 */
async function clickToVerdict(page: Page, label: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __click?: number; __verdict?: number };
    w.__click = undefined;
    w.__verdict = undefined;
    document.querySelectorAll('[data-outcome]').forEach((e) => e.setAttribute('data-old', ''));
    document.addEventListener('click', () => (w.__click ??= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-outcome]:not([data-old])')) return;
      w.__verdict = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForFunction(() => (window as unknown as { __verdict?: number }).__verdict !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __click: number; __verdict: number };
    return w.__verdict - w.__click;
  });
}

/** Cold (a new browser context: empty HTTP cache, Run clicked at once), after a reload, prewarmed (idle first), and warm (run again). */
async function benchClickToVerdict(browser: Browser, signedIn: Page) {
  const storageState = await signedIn.context().storageState();
  for (const id of ['conv-bias-params', 'l1-vs-l2-sparsity']) {
    const context = await browser.newContext({ baseURL: new URL(signedIn.url()).origin, storageState });
    const page = await context.newPage();
    const times: Record<string, number> = {};
    await page.goto(`/lab/${id}`);
    times.cold = await clickToVerdict(page, 'Run');
    times['run again'] = await clickToVerdict(page, 'Run again');
    await page.reload();
    times['reload, at once'] = await clickToVerdict(page, 'Run');
    await page.reload();
    await page.waitForTimeout(3000); // the page's idle-time prewarm has started the worker
    times.prewarmed = await clickToVerdict(page, 'Run');
    report(
      'browser',
      `${id}: click → verdict (${Object.keys(times).join(' / ')})`,
      Object.values(times)
        .map((ms) => `${ms.toFixed(0)} ms`)
        .join(' / '),
    );
    await context.close();
  }
}

/** The teacher dashboard on a seeded class of 200 learners × 500 cards with 100k reviews. */
async function benchTeach() {
  const { randomBytes } = await import('node:crypto');
  const { openAdapter } = await import('@/lib/db/adapter');
  const { applyMigrations } = await import('@/lib/db/migrations');
  const { PrismaClient } = await import('@/lib/db/generated/client');
  const { seedTeachClass, TEACH } = await import('./lib/bench-teach');
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl?.startsWith('postgres')) {
    report('teach', 'skipped', 'needs PostgreSQL: set TEST_DATABASE_URL or DATABASE_URL');
    return;
  }
  const name = `recall_bench_teach_${randomBytes(3).toString('hex')}`;
  const admin = openAdapter({ kind: 'postgres', url: serverUrl });
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const adapter = openAdapter({ kind: 'postgres', url: url.toString() });
  let closed = false;
  try {
    await applyMigrations(adapter);
    const prisma = new PrismaClient({ adapter: adapter.factory });
    (globalThis as unknown as { __recallDb?: unknown }).__recallDb = { prisma, adapter };
    const now = new Date();
    const seeded = await time(() => seedTeachClass(prisma, now));
    const { teacherId, classId } = seeded.value;
    const shape = `${TEACH.learners} learners × ${TEACH.cards} cards, ${TEACH.reviews / 1000}k reviews`;
    report('teach', `seed (${shape})`, `${(seeded.ms / 1000).toFixed(1)} s`);
    // The built-in decks too, as the server syncs them at start: the planner's statistics (how
    // many cards a deck has, for one) then look like a real database's, not one deck of 500.
    // Timed on the bench class alone, a plan that joined every learner's start to the class's
    // 500 cards as if they were 30 took 13 ms here and 860 ms on the server (fixed in 221fb16).
    const { syncContentIfChanged } = await import('@/lib/db/content-sync');
    await syncContentIfChanged();
    // A live review log has been through autovacuum; a freshly seeded one gets there at some
    // minute of the timed runs or not at all. Vacuum it now, so every run reads the same table.
    await prisma.$executeRawUnsafe('vacuum analyze');
    const { classDashboard } = await import('@/lib/db/class-dashboard');
    const { currentMembers, listClassAssignments, membersProgress } = await import('@/lib/db/assignments');
    const { classPredictRunGroups, classQuizAnswerGroups } = await import('@/lib/db/class-insights');
    const viewer = { id: teacherId, role: 'teacher' as const };
    const measure = async (label: string, fn: () => Promise<unknown>, n = 15) => {
      await fn(); // warm: prepared plans, pool connections
      const ms: number[] = [];
      for (let i = 0; i < n; i++) ms.push((await time(fn)).ms);
      report('teach', label, `p50 ${pct(ms, 50).toFixed(0)} ms, p95 ${pct(ms, 95).toFixed(0)} ms (n=${n})`);
    };
    // --work: only the count of rows a load reads (below), which CI checks; no timings.
    // The first load builds the deck assignment's kept tally (lib/db/assignment-tally.ts) from
    // the review log; every later one reads it. The first is timed once, on its own.
    const firstLoad = await time(() => classDashboard(viewer, classId, now));
    if (!process.argv.includes('--work')) {
      report('teach', 'classDashboard() first load (builds the kept tallies)', `${firstLoad.ms.toFixed(0)} ms (n=1)`);
      await measure('classDashboard() loader, whole page', () => classDashboard(viewer, classId, now));
      const [assignments, members] = await Promise.all([listClassAssignments(classId), currentMembers(classId)]);
      const deckAssignment = assignments.find((a) => a.kind === 'deck')!;
      const quizAssignment = assignments.find((a) => a.kind === 'quiz')!;
      const { memberStarts } = await import('@/lib/classes/progress');
      const starts = memberStarts(
        members,
        assignments.map((a) => a.startDay),
      );
      const { dashboardTallies } = await import('@/lib/db/class-dashboard');
      const deckOptions = { cards: true, ...dashboardTallies(assignments)(deckAssignment) };
      await measure('  membersProgress() deck, from its kept tally', () => membersProgress(deckAssignment, members, now, deckOptions));
      await measure('  the same counted from the review log (a rebuild reads this much)', () =>
        membersProgress(deckAssignment, members, now, { ...deckOptions, kept: undefined }),
      );
      await measure('  membersProgress() quiz', () => membersProgress(quizAssignment, members, now));
      await measure('  classPredictRunGroups() + classQuizAnswerGroups()', () =>
        Promise.all([classPredictRunGroups(classId, starts), classQuizAnswerGroups(classId, starts)]),
      );
      // What the first load after a deck edit, an archived card or a changed start pays once.
      await measure(
        'classDashboard() load that rebuilds the kept tally (after the deck or the assignments change)',
        async () => {
          await prisma.tallyBasis.deleteMany({ where: { assignmentId: deckAssignment.id } });
          await classDashboard(viewer, classId, now);
        },
        5,
      );
      if (process.argv.includes('--http')) {
        await benchTeachHttp(url.toString(), { teacherId, classId });
        // The server syncs content/ at start; a class whose cards it archived would time an empty page.
        const live = await prisma.deckCard.count({ where: { deckId: deckAssignment.deckId!, card: { archivedAt: null } } });
        if (live !== TEACH.cards) throw new Error(`the bench deck has ${live} live cards after the HTTP run, not ${TEACH.cards}`);
      }
    }
    // The seed's and the timings' connections close first, so that every backend has
    // reported its reads before the count starts; the count opens and closes its own.
    const { closeDb } = await import('@/lib/db/client');
    await closeDb();
    closed = true;
    const { dashboardReads } = await import('./bench/teach-work');
    const reads = await dashboardReads(
      url.toString(),
      {
        open: async () => {
          const checkAdapter = openAdapter({ kind: 'postgres', url: url.toString() });
          (globalThis as unknown as { __recallDb?: unknown }).__recallDb = {
            prisma: new PrismaClient({ adapter: checkAdapter.factory }),
            adapter: checkAdapter,
          };
        },
        close: closeDb,
      },
      () => classDashboard(viewer, classId, now),
      // Shown, the review log is not read: the kept tallies are (else every load counts 100k answers).
      { table: 'Review', maxShare: 0.01 },
    );
    report(
      'teach',
      'rows read per dashboard load (a count, not a time)',
      `${reads.perLoad.toLocaleString('en')} (the database has ${reads.live.toLocaleString('en')} live rows; ` +
        `${reads.byTable
          .slice(0, 4)
          .map((t) => `${t.table} ${t.perLoad.toLocaleString('en')}`)
          .join(', ')})`,
      reads,
    );
  } finally {
    (globalThis as unknown as { __recallDb?: unknown }).__recallDb = undefined;
    if (!closed) await adapter.close();
    if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.close();
  }
}

/** Timed loads per page: a p95 of ten is the second-slowest, one stray pause on a shared core. */
const HTTP_RUNS = 30;

/** One full server render of /teach/classes/[id] over HTTP, signed in as the class's teacher. */
async function benchTeachHttp(databaseUrl: string, ids: { teacherId: string; classId: string }) {
  const { spawn } = await import('node:child_process');
  const { encodeSessionToken } = await import('@/lib/auth/token');
  const port = process.env.BENCH_PORT ?? '3291';
  const secret = 'bench-only-secret-0123456789abcdef';
  const server = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: { ...process.env, PORT: port, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const token = await encodeSessionToken(
      'authjs.session-token',
      { userId: ids.teacherId, sessionVersion: 0, role: 'teacher', email: 'bench-teacher@example.com' },
      secret,
    );
    const get = async (path: string) => {
      const r = await fetch(`${base}${path}`, { headers: { cookie: `authjs.session-token=${token}; locale=en` } });
      const body = await r.text();
      if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
      return body.length;
    };
    for (const [label, path] of [
      // The class list: a light page of the same app, server and session. Its time shows how
      // fast the machine is at this minute (shared cores: it varies by a third over a day).
      ['GET /teach (class list, for reference)', '/teach'],
      ['GET /teach/classes/[id] (full HTML render)', `/teach/classes/${ids.classId}`],
      ['GET /api/classes/[id]/export?kind=learners (CSV)', `/api/classes/${ids.classId}/export?kind=learners`],
    ] as const) {
      await get(path);
      const ms: number[] = [];
      let size = 0;
      for (let i = 0; i < HTTP_RUNS; i++) {
        const r = await time(() => get(path));
        ms.push(r.ms);
        size = r.value;
      }
      report(
        'teach',
        label,
        `p50 ${pct(ms, 50).toFixed(0)} ms, p95 ${pct(ms, 95).toFixed(0)} ms (n=${HTTP_RUNS}, ${(size / 1024).toFixed(0)} KiB)`,
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
}

const sections: Record<string, () => Promise<void>> = {
  scheduler: benchScheduler,
  content: benchContent,
  database: benchDatabase,
  experiments: benchExperiments,
  browser: benchBrowser,
  teach: benchTeach,
  load: async () => (await import('./bench/load')).benchLoad(report),
  web: async () => (await import('./bench/web')).benchWeb(report),
  scale: async () => {
    const { benchQueueScale, benchContentScale } = await import('./bench/scale');
    await benchQueueScale(report);
    await benchContentScale(report);
  },
};
for (const [name, fn] of Object.entries(sections)) {
  if (only ? only !== name : name === 'load' || name === 'scale' || name === 'web') continue;
  try {
    await fn();
  } catch (e) {
    // Keep what was measured before the failure: it is saved below with the error.
    report(name, 'failed', e instanceof Error ? e.message.split('\n')[0]! : String(e));
    process.exitCode = 1;
  }
}
const { saveResults } = await import('./bench/results');
console.log(`\n${rows.length} measurements, saved in ${saveResults(only ?? 'default', rows)}.`);
