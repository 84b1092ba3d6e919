/**
 * A fingerprint of every application table, to prove a rejected request wrote nothing:
 * per table, an md5 over its rows as text (sorted) and the longest row.
 */
import type { PrismaClient } from '@/lib/db/generated/client';

export type Snapshot = Map<string, { hash: string; longestRow: number }>;

export async function applicationTables(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
      order by 1`,
  );
  return rows.map((r) => r.name);
}

export async function snapshot(prisma: PrismaClient, tables: string[]): Promise<Snapshot> {
  const sql = tables
    .map(
      (t) =>
        `select '${t}' as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash,
                coalesce(max(length(x::text)), 0)::int as longest from "${t}" x`,
    )
    .join(' union all ');
  const rows = await prisma.$queryRawUnsafe<{ name: string; hash: string; longest: number }[]>(sql);
  return new Map(rows.map((r) => [r.name, { hash: r.hash, longestRow: Number(r.longest) }]));
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...after.keys()].filter((t) => before.get(t)?.hash !== after.get(t)?.hash);
}
