import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('.', import.meta.url)),
  'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          // next-auth imports `next/server` without an extension, which Node's ESM resolver
          // refuses (next has no exports map); inlined, Vite resolves it.
          server: { deps: { inline: ['next-auth'] } },
          include: ['lib/**/*.int.test.ts', 'scripts/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Files run on both cores: each has its own in-memory PGlite (or its own PostgreSQL database).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
