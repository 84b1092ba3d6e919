// The teacher dashboard's work as a count, not a time: the table rows PostgreSQL reads for one
// load, from its own statistics (pg_stat_user_tables: rows returned by sequential scans and
// fetched through indexes). A count is the same on a fast minute and a slow one, so it can
// fail a run where a time cannot: a plan that reads the same rows over and over (the nested
// loop fixed in 221fb16 read 1,000,000 runs a load out of 2,000) shows as many times the
// database's size. And a load that reads the review log at all (rather than the kept tallies,
// lib/db/assignment-tally.ts) shows as 100k rows of Review. `npm run bench -- --only=teach
// --work` runs only this; CI runs it on its PostgreSQL.
import { openAdapter, type OpenedAdapter } from '@/lib/db/adapter';

type Reads = Map<string, { read: number; live: number }>;

/** Each table's rows read so far and live rows, as this database's statistics say. */
async function tableReads(stats: OpenedAdapter): Promise<Reads> {
  const rows = await stats.query<{ relname: string; read: string; live: string }>(
    `select relname, (coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::text as read, n_live_tup::text as live
     from pg_stat_user_tables`,
  );
  return new Map(rows.map((r) => [r.relname, { read: Number(r.read), live: Number(r.live) }]));
}

/**
 * Waits until no other client is connected to this database. A backend writes its table
 * statistics when it exits (and otherwise only now and then), so closing the pool and
 * waiting for this makes the counts exact.
 */
async function othersGone(stats: OpenedAdapter) {
  for (let i = 0; i < 200; i++) {
    const [row] = await stats.query<{ n: string }>(
      `select count(*)::text as n from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    if (row?.n === '0') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('connections to the bench database did not close within 10 s');
}

/** At most this many rows read per load for each live row in the database. */
export const MAX_READS_PER_ROW = 2;

/**
 * Rows read per load over `loads` loads, each run by `load` on a connection pool that
 * `open` makes and `close` closes (so that every backend has exited and reported when the
 * counts are read). Throws when a load reads more than MAX_READS_PER_ROW times the
 * database's live rows, or more of `barely`'s table than its share.
 */
export async function dashboardReads(
  url: string,
  pool: { open: () => Promise<unknown>; close: () => Promise<unknown> },
  load: () => Promise<unknown>,
  /** A table a load must barely read: at most `maxShare` of its live rows per load. */
  barely: { table: string; maxShare: number },
  loads = 3,
): Promise<{ perLoad: number; live: number; byTable: { table: string; perLoad: number; live: number }[] }> {
  const stats = openAdapter({ kind: 'postgres', url });
  try {
    await othersGone(stats);
    const before = await tableReads(stats);
    await pool.open();
    for (let i = 0; i < loads; i++) await load();
    await pool.close();
    await othersGone(stats);
    const after = await tableReads(stats);
    const byTable = [...after]
      .map(([table, a]) => ({ table, perLoad: Math.round((a.read - (before.get(table)?.read ?? 0)) / loads), live: a.live }))
      .filter((t) => t.perLoad > 0)
      .sort((x, y) => y.perLoad - x.perLoad);
    const perLoad = byTable.reduce((s, t) => s + t.perLoad, 0);
    const live = [...after.values()].reduce((s, t) => s + t.live, 0);
    if (perLoad > MAX_READS_PER_ROW * live) {
      const top = byTable
        .slice(0, 3)
        .map((t) => `${t.table} ${t.perLoad.toLocaleString('en')} of ${t.live.toLocaleString('en')}`)
        .join(', ');
      throw new Error(
        `one dashboard load read ${perLoad.toLocaleString('en')} rows, more than ${MAX_READS_PER_ROW} × the ` +
          `database's ${live.toLocaleString('en')} (${top}): a query re-reads rows; look for a nested loop in its plan ` +
          '(EXPLAIN ANALYZE, or auto_explain on the server)',
      );
    }
    const watched = byTable.find((t) => t.table === barely.table) ?? { perLoad: 0, live: after.get(barely.table)?.live ?? 0 };
    if (watched.perLoad > barely.maxShare * watched.live)
      throw new Error(
        `one dashboard load read ${watched.perLoad.toLocaleString('en')} rows of ${barely.table} (it has ` +
          `${watched.live.toLocaleString('en')}), more than ${barely.maxShare * 100}%: the load counts what it should read ` +
          'from the kept tallies (lib/db/assignment-tally.ts); is every load rebuilding them?',
      );
    return { perLoad, live, byTable };
  } finally {
    await stats.close();
  }
}
