import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL_NAMESPACES } from './namespaces';

/**
 * Each page ships only some message namespaces to the browser (./client-messages.ts). This
 * walks every route file's imports, collects the namespaces that client components (a
 * 'use client' file and everything it imports) read with useTranslations, and checks that
 * the shell, the route's layouts and the file itself ship them through <ClientMessages>.
 */
const root = path.resolve(__dirname, '../..');
const app = path.join(root, 'app');
const ROUTE_FILE = /^(page|layout|error|not-found|global-error|loading|template)\.tsx$/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'api'
        ? []
        : routeFiles(path.join(dir, e.name))
      : ROUTE_FILE.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) if (existsSync(base + ext) && !base.endsWith('/')) return base + ext;
  return null;
}

const sources = new Map<string, string>();
const source = (f: string) => sources.get(f) ?? sources.set(f, readFileSync(f, 'utf8')).get(f)!;
const isClient = (f: string) => /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/.test(source(f));
const imports = (f: string) =>
  [...source(f).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
    .flatMap((m) => resolve(f, m[1]!) ?? [])
    .filter((x) => /\.tsx?$/.test(x));
const read = (f: string) =>
  [...source(f).matchAll(/useTranslations\(\s*(?:['"]([^'"]*)['"])?\s*\)/g)].map((m) => (m[1] ? m[1].split('.')[0]! : '*'));

/** The namespaces the client components under a route file read. */
function needs(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (f: string, client: boolean) => {
    const c = client || isClient(f);
    if (seen.has(`${f} ${c}`)) return;
    seen.add(`${f} ${c}`);
    if (c) for (const ns of read(f)) out.add(ns);
    for (const i of imports(f)) walk(i, c);
  };
  walk(file, false);
  return out;
}

/** What reaches a route file's client components: the shell's, and every <ClientMessages> on the way down. */
function ships(file: string): Set<string> {
  const out = new Set<string>(SHELL_NAMESPACES);
  const chain = [file];
  for (let dir = path.dirname(file); dir.startsWith(app); dir = path.dirname(dir)) chain.push(path.join(dir, 'layout.tsx'));
  for (const f of chain.filter((f) => existsSync(f)))
    for (const m of source(f).matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g))
      for (const ns of m[1]!.matchAll(/'([^']+)'/g)) out.add(ns[1]!);
  return out;
}

describe('client messages', () => {
  const files = routeFiles(app);

  it('finds the client components of the pages (the walk is not vacuous)', () => {
    expect(needs(path.join(app, '(app)/review/[deck]/page.tsx'))).toContain('review');
    expect(needs(path.join(app, '(app)/quiz/[id]/take/page.tsx'))).toEqual(new Set(['charts', 'experiments', 'quiz']));
    expect(ships(path.join(app, '(app)/teach/classes/[id]/page.tsx'))).not.toContain('deckEditor');
  });

  it.each(files.map((f) => [path.relative(app, f), f]))('%s ships every namespace its client components read', (_, file) => {
    const missing = [...needs(file)].filter((ns) => !ships(file).has(ns));
    expect(missing, 'add them to the <ClientMessages> of its layout').toEqual([]);
  });
});
