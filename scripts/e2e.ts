// npm run test:e2e: Playwright in Chromium against the built app on a fresh PGlite.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findChromium } from './lib/chromium';

const browser = await findChromium();
if (!browser) {
  console.error(
    [
      'e2e: no Chromium found.',
      process.env.CHROMIUM_PATH ? `  CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.` : '',
      '  Get one of:',
      '    - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '    - Playwright:    npx playwright install chromium',
      '    - any Chromium:  CHROMIUM_PATH=/path/to/chromium npm test',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  process.exit(1);
}
rmSync('.data/e2e', { recursive: true, force: true });
const r = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(r.status ?? 1);
