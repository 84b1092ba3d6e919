/**
 * Prisma's WebAssembly schema engine, loaded without `--experimental-wasm-modules`:
 * the package imports its .wasm as an ES module, which Node 20 cannot do by
 * default, so we instantiate the module ourselves and hand it to the JS glue
 * (the same approach as prisma-engines' own schema-engine-wasm executor).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
};

let gluePromise: Promise<Glue> | undefined;

async function loadGlue(): Promise<Glue> {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue;
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const compiled = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(compiled, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/** Starts a schema engine for one datamodel, talking to the database through `factory`. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  return glue.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}
