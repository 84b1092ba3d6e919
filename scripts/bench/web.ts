// npm run bench -- --only=web: what a learner's browser downloads and how Lighthouse rates it.
// The built app (scripts/start.ts) on a throwaway PGlite directory; one learner signed up
// through the real form in headless Chromium. Then, for /signin, Today (/) and /review:
//  - first-load JS: every <script src> in the server's HTML but the noModule polyfills (Next's
//    first load, before any lazy chunk), fetched and gzipped here, against the 150 KB budget for Today and /review;
//  - Lighthouse 12.2.3 (pinned) performance score, mobile (its default: simulated slow 4G and
//    4× CPU slowdown) and desktop, against the ≥ 95 budget. The signed-in pages get the
//    session cookie as an extra header.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { chromiumArgs, findChromium } from '../lib/chromium';
import { AppProcess } from '../reliability/app';
import { freePort } from '../reliability/ports';
import type { Report } from './load';

const pages = ['/signin', '/', '/review'];

/** The script URLs the server's HTML loads up front, read from the parsed document. */
export function firstLoadScripts(html: string, base: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    // noModule scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
    const src = node.tagName === 'script' && !node.properties?.noModule ? node.properties?.src : undefined;
    if (typeof src === 'string') urls.push(new URL(src, base).toString());
  });
  return [...new Set(urls)];
}

async function firstLoadKb(base: string, pathName: string, cookie: string): Promise<{ kb: number; scripts: number }> {
  const html = await (await fetch(base + pathName, { headers: { cookie } })).text();
  const urls = firstLoadScripts(html, base);
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return { kb: bytes / 1024, scripts: urls.length };
}

export async function benchWeb(report: Report): Promise<void> {
  const chromePath = await findChromium();
  if (!chromePath) {
    report('web', 'skipped', 'no Chromium (set CHROMIUM_PATH)');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'recall-bench-web-'));
  const env = {
    AUTH_SECRET: 'bench-only-secret-0123456789abcdef',
    DATABASE_URL: '',
    PGLITE_DIR: path.join(work, 'pglite'),
    DEMO_MODE: 'false',
  };
  const app = new AppProcess(await freePort(), env, path.join(work, 'app.log'));
  try {
    await app.start();
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
    const context = await browser.newContext({ baseURL: app.base, locale: 'en-US' });
    const page = await context.newPage();
    await context.addCookies([{ name: 'locale', value: 'en', url: app.base }]);
    await page.goto('/signup');
    await page.getByLabel('Email').fill(`bench-web-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('bench-password-123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    const cookie = (await context.cookies(app.base)).map((c) => `${c.name}=${c.value}`).join('; ');
    await browser.close();

    for (const p of pages) {
      const { kb, scripts } = await firstLoadKb(app.base, p, p === '/signin' ? 'locale=en' : cookie);
      report('web', `first-load JS of ${p} (gzipped, ${scripts} scripts)`, `${kb.toFixed(1)} KB`, { path: p, kb, scripts });
    }

    const { default: lighthouse } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
    try {
      for (const preset of ['mobile', 'desktop'] as const) {
        const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
        for (const p of pages) {
          const result = await lighthouse(
            app.base + p,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
              extraHeaders: { cookie: p === '/signin' ? 'locale=en' : cookie },
            },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result?.lhr;
          const score = Math.round((lhr?.categories.performance?.score ?? 0) * 100);
          const audit = (id: string) => lhr?.audits[id]?.displayValue ?? '?';
          report(
            'web',
            `Lighthouse performance, ${preset}, ${p}`,
            `${score} (FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')})`,
            { path: p, preset, score, finalUrl: lhr?.finalDisplayedUrl },
          );
        }
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
