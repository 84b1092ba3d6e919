/**
 * Chooses the database engine: PGlite (Postgres in WebAssembly, in process) when
 * no URL is given, otherwise a real PostgreSQL server through node-postgres.
 * Opening is lazy: nothing touches the data directory at import time.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDirectory } from './pglite-lock';

export type DbTarget =
  | { kind: 'pglite'; dir: string | 'memory' }
  /** idleTimeoutMillis: how soon idle pool connections close (pg's default is 10 s). */
  | { kind: 'postgres'; url: string; idleTimeoutMillis?: number };

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  target: DbTarget;
  /** Runs one raw SQL query; used by the migration status check and tests. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/**
 * PrismaPg, except that a migration script goes to the server whole, as one multi-statement
 * query (as Prisma's own engine sends it): adapter-pg splits a script on every ';', which cuts
 * apart a function body (the kept-tally trigger's). Only the schema engine runs scripts.
 */
class WholeScriptPg extends PrismaPg {
  private readonly scriptUrl: string;
  constructor(options: { connectionString: string; max: number; idleTimeoutMillis?: number }) {
    super(options);
    this.scriptUrl = options.connectionString;
  }
  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      const pgMod = await import('pg');
      const client = new pgMod.default.Client({ connectionString: this.scriptUrl });
      await client.connect();
      try {
        await client.query(script);
      } finally {
        await client.end();
      }
    };
    return adapter;
  }
}

export function describeTarget(t: DbTarget): string {
  if (t.kind === 'pglite') return t.dir === 'memory' ? 'PGlite (in memory)' : `PGlite at ${t.dir}`;
  const u = new URL(t.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export function openAdapter(target: DbTarget): OpenedAdapter {
  if (target.kind === 'pglite') {
    let unlock = () => {};
    if (target.dir !== 'memory') {
      mkdirSync(target.dir, { recursive: true });
      unlock = lockDirectory(target.dir);
    }
    const pg = target.dir === 'memory' ? new PGlite() : new PGlite(target.dir);
    return {
      factory: new PrismaPGlite(pg),
      target,
      query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows,
      close: async () => {
        try {
          await pg.close();
        } finally {
          unlock();
        }
      },
    };
  }
  const factory = new WholeScriptPg({ connectionString: target.url, max: 10, idleTimeoutMillis: target.idleTimeoutMillis });
  // A separate small pool for raw queries keeps them off Prisma's connections.
  let pool: import('pg').Pool | undefined;
  return {
    factory,
    target,
    query: async <T>(sql: string, params?: unknown[]) => {
      if (!pool) {
        const pgMod = await import('pg');
        pool = new pgMod.default.Pool({ connectionString: target.url, max: 2 });
      }
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    close: async () => {
      await pool?.end();
    },
  };
}
