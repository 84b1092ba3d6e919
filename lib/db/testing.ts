/**
 * Integration-test databases: a fresh in-memory PGlite with the migrations applied,
 * or, when TEST_DATABASE_URL is set, a fresh database on that PostgreSQL server.
 * Never a mock. The returned client is installed as the process's `db()`.
 */
import { randomBytes } from 'node:crypto';
import { openAdapter, type OpenedAdapter } from './adapter';
import { PrismaClient } from './generated/client';
import { applyMigrations } from './migrations';

export interface TestDb {
  prisma: PrismaClient;
  adapter: OpenedAdapter;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropDb: (() => Promise<void>) | undefined;
  let adapter: OpenedAdapter;
  if (serverUrl) {
    const name = `recall_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = openAdapter({ kind: 'postgres', url: serverUrl });
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // Short idle timeout: pools the schema engine opened let go quickly, before the drop.
    adapter = openAdapter({ kind: 'postgres', url: url.toString(), idleTimeoutMillis: 100 });
    dropDb = async () => {
      // Wait for this file's connections to close, so forcing the drop never kills a live one
      // (a killed pg client reports an error the test run would count).
      for (let i = 0; i < 50; i++) {
        const [row] = await admin.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = $1`, [name]);
        if (!row?.n) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
  } else {
    adapter = openAdapter({ kind: 'pglite', dir: 'memory' });
  }
  await applyMigrations(adapter);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  (globalThis as unknown as { __recallDb?: unknown }).__recallDb = { prisma, adapter };
  return {
    prisma,
    adapter,
    engine: serverUrl ? 'postgres' : 'pglite',
    close: async () => {
      (globalThis as unknown as { __recallDb?: unknown }).__recallDb = undefined;
      await prisma.$disconnect();
      await adapter.close();
      await dropDb?.();
    },
  };
}
