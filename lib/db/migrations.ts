/**
 * Migrations in Prisma's own layout (prisma/migrations/<timestamp>_<name>/migration.sql),
 * applied and recorded in Prisma's `_prisma_migrations` table by the WebAssembly
 * schema engine, so `prisma migrate deploy` stays compatible wherever its binary exists.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { openAdapter, type OpenedAdapter } from './adapter';
import { startSchemaEngine } from './schema-engine';

export const prismaDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma');
export const migrationsDir = () => path.join(prismaDir(), 'migrations');
export const schemaPath = () => path.join(prismaDir(), 'schema.prisma');

const noFilters = { externalTables: [], externalEnums: [] };

export async function listMigrationNames(dir = migrationsDir()): Promise<string[]> {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
}

export async function readMigrationList(dir = migrationsDir()): Promise<MigrationList> {
  const names = await listMigrationNames(dir);
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(path.join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(db: OpenedAdapter, dir = migrationsDir()): Promise<string[]> {
  const engine = await startSchemaEngine(db.factory, await readFile(schemaPath(), 'utf8'));
  try {
    const out = await engine.applyMigrations({ migrationsList: await readMigrationList(dir), filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Recorded in the database but missing from prisma/migrations. */
  unknown: string[];
  failed: string[];
}

/** Reads `_prisma_migrations` directly: cheap enough to run at every server start. */
export async function migrationStatus(db: OpenedAdapter, dir = migrationsDir()): Promise<MigrationStatus> {
  const onDisk = await listMigrationNames(dir);
  const exists = await db.query<{ t: string | null }>(`select to_regclass('_prisma_migrations')::text as t`);
  const rows = exists[0]?.t
    ? await db.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        `select migration_name, finished_at, rolled_back_at from _prisma_migrations order by started_at`,
      )
    : [];
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  return {
    applied: onDisk.filter((n) => done.has(n)),
    pending: onDisk.filter((n) => !done.has(n)),
    unknown: [...done].filter((n) => !onDisk.includes(n)),
    failed: rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
  };
}

/**
 * Writes a new migration with the SQL that takes the existing migration history to
 * the current schema.prisma. The history is replayed on a throwaway in-memory PGlite
 * (the "shadow database"), so no server and no Rust binary are needed.
 */
export async function createMigration(name: string, now = new Date(), dir = migrationsDir()): Promise<{ dir: string; sql: string } | null> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new Error(`"${name}" is not a usable migration name; use letters, digits and underscores.`);
  const shadow = openAdapter({ kind: 'pglite', dir: 'memory' });
  try {
    const schemaText = await readFile(schemaPath(), 'utf8');
    const engine = await startSchemaEngine(shadow.factory, schemaText);
    try {
      const history = await readMigrationList(dir);
      const from = history.migrationDirectories.length ? { tag: 'migrations' as const, ...history } : { tag: 'empty' as const };
      const result = await engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [{ path: schemaPath(), content: schemaText }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      const sql = result.stdout ?? '';
      if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) return null;
      const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
      const target = path.join(dir, `${stamp}_${slug}`);
      await mkdir(target, { recursive: true });
      await writeFile(path.join(target, 'migration.sql'), sql);
      const lock = path.join(dir, 'migration_lock.toml');
      if (!existsSync(lock)) {
        await writeFile(
          lock,
          '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
        );
      }
      return { dir: target, sql };
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}
