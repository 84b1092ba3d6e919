// npm run bench -- --only=scale: the queue and the content at school size.
//   queue:   a learner with 100k cards, 10k due: buildQueue (pure), then loadReviewQueue and
//            todayOverview on the database (PGlite in memory, or TEST_DATABASE_URL), p50/p95;
//   content: 10k synthetic cards in 200 notes: full parse, first sync, the unchanged start-up check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { buildQueue, schedule, type CardState } from '@/lib/srs';

type Report = (section: string, name: string, value: string, data?: unknown) => void;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function timed(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95) };
}

const N = 100_000;
const DUE = 10_000;
const now = new Date('2026-06-01T06:00:00Z');
const opts = { timeZone: 'Asia/Shanghai', rolloverHour: 4 };
/** Card i: answered once; the first 10k are due, the rest weeks ahead. */
function stateOf(i: number): CardState {
  const answered = new Date(now.getTime() - (i < DUE ? 3 : 1) * 86_400_000);
  const s = schedule(null, 4, answered, opts);
  return i < DUE ? s : { ...s, due: new Date(now.getTime() + (7 + (i % 60)) * 86_400_000) };
}

export async function benchQueueScale(report: Report): Promise<void> {
  const cards = Array.from({ length: N }, (_, i) => ({ cardId: `s${i}`, deckId: 'scale', position: i, state: stateOf(i) }));
  const pure = await timed(20, () => buildQueue({ cards, now, ...opts, limits: { newPerDay: 20, reviewsPerDay: 100_000 } }));
  report(
    'scale',
    `buildQueue() ${N / 1000}k cards, ${DUE / 1000}k due`,
    `p50 ${pure.p50.toFixed(1)} ms, p95 ${pure.p95.toFixed(1)} ms; load ${load()}`,
    pure,
  );

  const { createTestDb } = await import('@/lib/db/testing');
  const { loadReviewQueue } = await import('@/lib/db/review-queue');
  const { todayOverview } = await import('@/lib/db/today');
  const { createUser, getUserById, updateSettings } = await import('@/lib/db/users');
  const t = await createTestDb();
  try {
    const q = (sql: string, params?: unknown[]) => t.adapter.query(sql, params);
    await q(
      `insert into "Note" (topic, title, file, markdown, tags, position, "updatedAt") values ('scale', 'Scale', 'scale.md', '', '{}', 0, now())`,
    );
    await q(
      `insert into "Deck" (id, "titleZh", "titleEn", "descriptionZh", "descriptionEn", position) values ('scale', 'S', 'S', '', '', 0)`,
    );
    await q(
      `insert into "Card" (id, "groupId", type, front, back, data, topic, file, line, "column", "headingPath", tags, position, "sourceHash", "updatedAt")
       select 's' || g, 's' || g, 'basic', 'Question ' || g, 'Answer ' || g, '{}', 'scale', 'scale.md', g, 1, '{}', '{}', g, 'x', now() from generate_series(0, $1 - 1) g`,
      [N],
    );
    await q(`insert into "DeckCard" ("deckId", "cardId", position) select 'scale', 's' || g, g from generate_series(0, $1 - 1) g`, [N]);
    const u = (await createUser({ email: 'scale@example.com', passwordHash: 'x' }))!;
    await updateSettings(u.id, { timeZone: opts.timeZone, reviewsPerDay: 100_000 });
    const due = stateOf(0);
    const later = stateOf(DUE);
    await q(
      `insert into "CardState" ("userId", "cardId", ef, interval, repetitions, due, "lastReview", version, "updatedAt")
       select $1, 's' || g, $2, $3, 1, case when g < $4 then $5::timestamp else $6::timestamp + ((g % 60) || ' days')::interval end, $7::timestamp, 1, now()
       from generate_series(0, $8 - 1) g`,
      [u.id, due.ef, due.interval, DUE, due.due.toISOString(), later.due.toISOString(), due.lastReview!.toISOString(), N],
    );
    const user = (await getUserById(u.id))!;
    let size = 0;
    const queue = await timed(5, async () => (size = (await loadReviewQueue(user, 'scale', now))!.entries.length));
    report(
      'scale',
      `loadReviewQueue() ${t.engine}, ${N / 1000}k cards, ${DUE / 1000}k due (${size} queued)`,
      `p50 ${queue.p50.toFixed(0)} ms, p95 ${queue.p95.toFixed(0)} ms; load ${load()}`,
      queue,
    );
    const today = await timed(5, () => todayOverview(user, now));
    report(
      'scale',
      `todayOverview() ${t.engine}, same learner`,
      `p50 ${today.p50.toFixed(0)} ms, p95 ${today.p95.toFixed(0)} ms; load ${load()}`,
      today,
    );
  } finally {
    await t.close();
  }
}

export async function benchContentScale(report: Report): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'recall-content-'));
  try {
    mkdirSync(path.join(root, 'content', 'notes'), { recursive: true });
    const topics = Array.from({ length: 200 }, (_, n) => `scale-${n}`);
    for (const [n, topic] of topics.entries()) {
      const body = Array.from(
        { length: 50 },
        (_, i) => `What is fact ${i} of note ${n}?::It is answer ${i} of note ${n}, with $x_${i}$. ^${topic}-c${i}\n`,
      ).join('\n');
      writeFileSync(
        path.join(root, 'content', 'notes', `${topic}.md`),
        `---\ntitle: Scale note ${n}\ntags: [scale]\n---\n\n# Scale note ${n}\n\n${body}`,
      );
    }
    const deck = `decks:\n  - id: scale\n    title: { zh: 规模, en: Scale }\n    description: { zh: 规模, en: Scale }\n    notes:\n${topics.map((t) => `      - ${t}`).join('\n')}\n`;
    writeFileSync(path.join(root, 'content', 'decks.yaml'), deck);
    const t0 = performance.now();
    const content = await loadContent(root);
    const parse = performance.now() - t0;
    report(
      'scale',
      `content: full parse, ${content.notes.length} notes, ${content.cards.length} cards`,
      `${parse.toFixed(0)} ms; load ${load()}`,
      { ms: parse },
    );
    const { createTestDb } = await import('@/lib/db/testing');
    const { syncContentIfChanged } = await import('@/lib/db/content-sync');
    const t = await createTestDb();
    try {
      const first = await syncContentIfChanged(root);
      report('scale', `content: first sync into ${t.engine}`, `${first.ms.toFixed(0)} ms (${first.status}); load ${load()}`, {
        ms: first.ms,
      });
      const checks = await timed(5, () => syncContentIfChanged(root));
      report(
        'scale',
        'content: unchanged start-up check (hash only)',
        `p50 ${checks.p50.toFixed(0)} ms, p95 ${checks.p95.toFixed(0)} ms; load ${load()}`,
        checks,
      );
    } finally {
      await t.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
