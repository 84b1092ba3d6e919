// The ceiling: pgbench on the same PostgreSQL running the SQL of one answer (the
// idempotency lookup, then in one transaction the card check, the state read, the update
// with the version check and the log insert), at the same connection counts as the app.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const script = `\\set u random(1, :users)
\\set k random(1, 1000000000000)
SELECT id, "cardId", grade FROM "Review" WHERE "userId" = :u::text AND "idempotencyKey" = format('pgb-%s-%s', :client_id::int, :k::bigint);
BEGIN;
SELECT id FROM "Card" WHERE id = :card::text;
SELECT version AS v FROM "CardState" WHERE "userId" = :u::text AND "cardId" = :card::text \\gset
UPDATE "CardState" SET ef = 2.5, interval = 6, repetitions = repetitions + 1, due = now(), "lastReview" = now(), lapses = 0, "repeatToday" = false, version = version + 1, "updatedAt" = now() WHERE "userId" = :u::text AND "cardId" = :card::text AND version = :v::int;
INSERT INTO "Review" (id, "userId", "cardId", "idempotencyKey", grade, "durationMs", kind, "efBefore", "efAfter", "intervalBefore", "intervalAfter", "dueBefore", "dueAfter", "stateBefore", "versionAfter", "dayKey", "clientAt", "serverAt") VALUES (md5(random()::text), :u::text, :card::text, format('pgb-%s-%s', :client_id::int, :k::bigint), 4, 2000, 'review', 2.5, 2.5, 1, 6, now(), now(), jsonb_build_object('ef', 2.5, 'interval', 1, 'repetitions', 1, 'due', now(), 'lastReview', now(), 'lapses', 0, 'repeatToday', false, 'suspended', false, 'buriedUntil', null, 'leech', false, 'learningStep', null, 'stepDue', null), :v::int + 1, '2026-12-02', now(), now());
COMMIT;
`;

/** pgbench's own users ('1'…'n', one due card each), beside the app's learners. */
export async function seedPgbench(url: string, users: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const card = (await client.query<{ id: string }>('select id from "Card" order by id limit 1')).rows[0]!.id;
    await client.query(
      `insert into "User" (id, email, "passwordHash", "updatedAt") select g::text, 'pgbench-' || g || '@example.com', 'x', now() from generate_series(1, $1) g on conflict do nothing`,
      [users],
    );
    await client.query(
      `insert into "CardState" ("userId", "cardId", ef, interval, repetitions, due, "updatedAt") select g::text, $2, 2.5, 1, 1, now(), now() from generate_series(1, $1) g on conflict do nothing`,
      [users, card],
    );
    return card;
  } finally {
    await client.end();
  }
}

export type PgbenchResult = { connections: number; seconds: number; tps: number; latencyMs: number; failed: number };

export function runPgbench(
  bin: string,
  port: number,
  db: string,
  card: string,
  users: number,
  connections: number,
  seconds: number,
): PgbenchResult {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgbench-')), 'answer.sql');
  writeFileSync(file, script);
  const r = spawnSync(
    path.join(bin, 'pgbench'),
    [
      '-n',
      '-M',
      'prepared',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-c',
      String(connections),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-D',
      `users=${users}`,
      '-D',
      `card=${card}`,
      '-f',
      file,
      db,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out = r.stdout;
  if (r.status !== 0 || !/tps = /.test(out)) throw new Error(`pgbench failed (exit ${r.status}): ${(r.stderr || out).slice(-600)}`);
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  return {
    connections,
    seconds,
    tps: num(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyMs: num(/latency average = ([\d.]+) ms/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
}
