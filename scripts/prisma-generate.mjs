// Runs `prisma generate` without Prisma's Rust schema engine, which cannot be
// downloaded everywhere. The generator never executes the engine; the CLI only
// checks that the path exists, so any existing file satisfies it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? self,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const r = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env,
});
if (r.status !== 0) {
  console.error('prisma generate failed; see the output above.');
  process.exit(r.status ?? 1);
}
