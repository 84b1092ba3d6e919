/**
 * Watches every application table, to prove a rejected request wrote nothing and an
 * accepted one stored no oversized row. Per table: an md5 over its rows as text (sorted),
 * and how many rows are longer than a limit.
 *
 * Hashing every table after every request is slow once a table holds a large row, so a
 * cheap version (row count and the sum of the rows' xmin, which every insert, update and
 * delete moves) says which tables were written; only those are hashed again. A write that
 * leaves the rows as they were (an update to the same values) is no change.
 */
import type { PrismaClient } from '@/lib/db/generated/client';

interface TableState {
  version: string;
  hash: string;
  oversized: number;
}

export interface Changes {
  /** Tables whose rows differ from before. */
  changed: string[];
  /** Tables that hold more rows over the limit than before. */
  grewOversized: { table: string; longest: number }[];
}

export class TableWatch {
  private state = new Map<string, TableState>();

  private constructor(
    private prisma: PrismaClient,
    private tables: string[],
    private rowLimit: number,
  ) {}

  static async start(prisma: PrismaClient, rowLimit: number): Promise<TableWatch> {
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
      `select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
        order by 1`,
    );
    const watch = new TableWatch(
      prisma,
      rows.map((r) => r.name),
      rowLimit,
    );
    await watch.changes();
    return watch;
  }

  /** What changed since the last call (or since start). */
  async changes(): Promise<Changes> {
    const versions = await this.union<{ name: string; version: string }>(
      this.tables,
      (t) => `select '${t}' as name, count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) as version from "${t}" x`,
    );
    const moved = versions.filter((v) => this.state.get(v.name)?.version !== v.version);
    const out: Changes = { changed: [], grewOversized: [] };
    if (!moved.length) return out;
    const limit = this.rowLimit;
    const details = await this.union<{ name: string; hash: string; oversized: number; longest: number }>(
      moved.map((m) => m.name),
      (t) =>
        `select '${t}' as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash,
                count(*) filter (where length(x::text) > ${limit})::int as oversized,
                coalesce(max(length(x::text)), 0)::int as longest
           from "${t}" x`,
    );
    for (const d of details) {
      const before = this.state.get(d.name);
      if (before && before.hash !== d.hash) out.changed.push(d.name);
      if (before && Number(d.oversized) > before.oversized) out.grewOversized.push({ table: d.name, longest: Number(d.longest) });
      const version = moved.find((m) => m.name === d.name)!.version;
      this.state.set(d.name, { version, hash: d.hash, oversized: Number(d.oversized) });
    }
    return out;
  }

  private union<T>(tables: string[], sql: (table: string) => string): Promise<T[]> {
    return this.prisma.$queryRawUnsafe<T[]>(tables.map(sql).join(' union all '));
  }
}
