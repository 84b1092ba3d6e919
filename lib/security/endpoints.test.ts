import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportedNames, foundLabel, inlineServerActions, isServerModule, scanApp, type Found } from './app-scan';
import { endpoints, type Endpoint } from './endpoints';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const key = (e: Found | Endpoint): string =>
  e.kind === 'page' ? `page ${e.file}` : e.kind === 'route' ? `route ${e.file} ${e.method}` : `server action ${e.file}#${e.name}`;

describe('the endpoint list (lib/security/endpoints.ts)', () => {
  const found = scanApp(root);
  const listed = new Set(endpoints.map(key));
  const present = new Set(found.map(key));

  it('finds the endpoints the app is known to have (the scan itself works)', () => {
    expect(found.filter((f) => f.kind === 'page').length).toBeGreaterThanOrEqual(14);
    expect(present).toContain('route app/api/classes/route.ts POST');
    expect(present).toContain('route app/api/auth/[...nextauth]/route.ts GET');
    expect(present).toContain('server action app/(app)/review/actions.ts#answerCard');
    expect(present).toContain('server action app/(app)/settings/page.tsx#inline#1');
  });

  it('lists every page, route method and server action under app/', () => {
    const missing = found.filter((f) => !listed.has(key(f))).map(foundLabel);
    expect(missing, `add these to lib/security/endpoints.ts (role, ownership, sample input):\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  it('lists nothing that no longer exists', () => {
    const stale = endpoints.filter((e) => !present.has(key(e))).map(key);
    expect(stale, `remove or rename these in lib/security/endpoints.ts:\n  ${stale.join('\n  ')}`).toEqual([]);
  });

  it('lists each endpoint once', () => {
    const seen = new Map<string, number>();
    for (const e of endpoints) seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('gives dynamic pages a concrete sample URL that matches the route', () => {
    for (const e of endpoints) {
      if (e.kind !== 'page') continue;
      expect(e.sample, e.route).not.toMatch(/\[/);
      const pattern = new RegExp(`^${e.route.replace(/\[[^\]]+\]/g, '[^/]+')}$`);
      expect(e.sample, e.route).toMatch(pattern);
    }
  });

  it('routes each page by its folder (route groups left out)', () => {
    for (const e of endpoints) {
      if (e.kind === 'action') continue;
      const fromFile =
        '/' +
        e.file
          .replace(/^app\//, '')
          .replace(/\/?(page|route)\.tsx?$/, '')
          .split('/')
          .filter((s) => !/^\(.*\)$/.test(s))
          .join('/');
      expect(e.route, e.file).toBe(fromFile === '/' ? '/' : fromFile.replace(/\/$/, ''));
    }
  });

  it('posts each server action to a listed page', () => {
    const pageUrls = new Set(endpoints.flatMap((e) => (e.kind === 'page' ? [e.route, e.sample] : [])));
    for (const e of endpoints) if (e.kind === 'action') expect(pageUrls, `${e.file}#${e.name}`).toContain(e.page);
  });
});

describe('app-scan', () => {
  it('reads the export forms in use and ignores types and comments', () => {
    const src = [
      "'use server';",
      '// export function commented() {}',
      'export type State = { a: string };',
      'export async function a() {}',
      'export const b = wrap(async () => {});',
      'export const { GET, POST } = handlers;',
      'export { c, d as e, type T };',
      'function helper() {}',
    ].join('\n');
    expect(isServerModule(src)).toBe(true);
    expect(exportedNames(src).sort()).toEqual(['GET', 'POST', 'a', 'b', 'c', 'e']);
    expect(inlineServerActions(src)).toBe(0);
  });

  it('counts inline server actions and knows a module without the directive', () => {
    const src = ["import x from 'y';", 'export default function P() {', "  const f = async () => { 'use server'; };", '}'].join('\n');
    expect(isServerModule(src)).toBe(false);
    expect(inlineServerActions(src)).toBe(1);
    expect(isServerModule('/* header */\n"use server";\nexport async function z() {}')).toBe(true);
  });
});
