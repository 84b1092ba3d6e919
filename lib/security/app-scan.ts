import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HttpMethod } from './endpoints';

/**
 * What the files under app/ define, found by reading them: pages, route handler methods
 * and server actions. A plain text scan, not a compiler: it knows the export forms this
 * codebase uses (`export function`, `export const x =`, `export const { A, B } =`,
 * `export { a, b }`) and ignores type exports.
 */
export type Found =
  { kind: 'page'; file: string } | { kind: 'route'; file: string; method: HttpMethod } | { kind: 'action'; file: string; name: string };

const methods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'generated') walk(p, out);
    } else if (/\.(tsx?|jsx?|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
}

/** Removes comments, keeping string contents (a `//` inside a string is not a comment). */
export function stripComments(src: string): string {
  return src.replace(
    /(\x22(?:\\.|[^\x22\\\n])*\x22|\x27(?:\\.|[^\x27\\\n])*\x27|\x60(?:\\.|[^\x60\\])*\x60)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (m, str: string | undefined) => (str ? m : m.startsWith('/*') ? m.replace(/[^\n]/g, ' ') : ''),
  );
}

/** True when the module starts with the `'use server'` directive. */
export function isServerModule(src: string): boolean {
  return /^\s*([\x27\x22])use server\1/.test(stripComments(src));
}

/** Names of the value exports of a module (type-only exports left out). */
export function exportedNames(src: string): string[] {
  const code = stripComments(src);
  const names = new Set<string>();
  for (const m of code.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of code.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of code.matchAll(/^export\s+(?:const|let|var)\s+\{([^}]*)\}/gm))
    for (const part of m[1]!.split(',')) {
      const name = part.split(':').pop()!.trim();
      if (name) names.add(name);
    }
  for (const m of code.matchAll(/^export\s+\{([^}]*)\}/gm))
    for (const part of m[1]!.split(',')) {
      const p = part.trim();
      if (!p || p.startsWith('type ')) continue;
      names.add(
        p
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  if (/^export\s+default\s+(?!async\s+function|function)/m.test(code)) names.add('default');
  return [...names];
}

/** How many functions declare `'use server'` inside their body (inline server actions). */
export function inlineServerActions(src: string): number {
  const code = stripComments(src);
  const all = [...code.matchAll(/([\x27\x22])use server\1/g)].length;
  return isServerModule(src) ? all - 1 : all;
}

/**
 * Every page and route method under app/, and every server action in app/, components/
 * and lib/ (a `'use server'` module or an inline one), with paths relative to `root`.
 */
export function scanApp(root: string, actionDirs = ['app', 'components', 'lib']): Found[] {
  const files: string[] = [];
  for (const dir of actionDirs) if (existsSync(path.join(root, dir))) walk(path.join(root, dir), files);
  const found: Found[] = [];
  for (const abs of files) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    const base = path.basename(file);
    const src = readFileSync(abs, 'utf8');
    const inApp = file.startsWith('app/');
    if (inApp && /^page\.(tsx?|jsx?)$/.test(base)) found.push({ kind: 'page', file });
    if (inApp && /^route\.(tsx?|jsx?)$/.test(base))
      for (const name of exportedNames(src))
        if ((methods as readonly string[]).includes(name)) found.push({ kind: 'route', file, method: name as HttpMethod });
    if (isServerModule(src)) for (const name of exportedNames(src)) found.push({ kind: 'action', file, name });
    for (let i = 1; i <= inlineServerActions(src); i++) found.push({ kind: 'action', file, name: `inline#${i}` });
  }
  return found;
}

export function foundLabel(f: Found): string {
  if (f.kind === 'page') return `page ${f.file}`;
  if (f.kind === 'route') return `route ${f.file} ${f.method}`;
  return `server action ${f.file}#${f.name}`;
}
