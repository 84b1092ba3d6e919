import 'server-only';
import { PrismaClient } from './generated/client';
import { openAdapter, type OpenedAdapter } from './adapter';
import { configuredTarget } from './target';

/**
 * The one Prisma client of this process, opened on first use (never at import time:
 * `next build` runs workers, and only one process may open a PGlite directory).
 */
const g = globalThis as unknown as { __recallDb?: { prisma: PrismaClient; adapter: OpenedAdapter } };

export function db(): PrismaClient {
  if (!g.__recallDb) {
    const adapter = openAdapter(configuredTarget());
    g.__recallDb = { prisma: new PrismaClient({ adapter: adapter.factory }), adapter };
  }
  return g.__recallDb.prisma;
}

export function dbAdapter(): OpenedAdapter {
  db();
  return g.__recallDb!.adapter;
}

export async function closeDb(): Promise<void> {
  const open = g.__recallDb;
  g.__recallDb = undefined;
  if (open) {
    await open.prisma.$disconnect();
    await open.adapter.close();
  }
}
