import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './scripts/lib/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The real start path: prepare the database, build if needed, serve.
    command: 'node --import tsx --conditions=react-server scripts/start.ts',
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      PGLITE_DIR: '.data/e2e/pglite',
      AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
      // A deck of hostile Markdown for e2e/xss.spec.ts, never part of content/.
      EXTRA_CONTENT_DIR: 'e2e/fixtures/xss',
      // Every e2e account signs up from 127.0.0.1; the per-client sign-up limit (20 an hour)
      // is tested in lib/db/sign-in-attempts.int.test.ts, not by exhausting it here.
      SIGNUP_MAX_PER_CLIENT: '1000',
    },
  },
});
