/**
 * Reads content/ from disk. The only module here that touches the file
 * system, so keep it out of browser imports.
 */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { buildContent, type ContentFiles } from './build';
import type { Content } from './types';

/** Note files under `<rootDir>/content/notes`, as project-relative `/` paths. */
export async function listNoteFiles(rootDir: string): Promise<string[]> {
  return notesIn(rootDir, 'content');
}

/** `<rootDir>/<contentDir>/notes/*.md`, as project-relative `/` paths. */
function notesIn(rootDir: string, contentDir: string): string[] {
  const dir = path.join(rootDir, contentDir, 'notes');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => path.posix.join(contentDir.split(path.sep).join('/'), 'notes', n));
}

const readOptional = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The `decks:` lists of two decks.yaml texts as one; the first text alone if either is not such a map. */
function mergeDecks(main: string, extra: string): string {
  const decksOf = (text: string): { doc: object; decks: unknown[] } | undefined => {
    try {
      const doc: unknown = parse(text);
      return doc && typeof doc === 'object' && 'decks' in doc && Array.isArray(doc.decks) ? { doc, decks: doc.decks } : undefined;
    } catch {
      return undefined;
    }
  };
  const [a, b] = [decksOf(main), decksOf(extra)];
  return a && b ? stringify({ ...a.doc, decks: [...a.decks, ...b.decks] }) : main;
}

/**
 * Reads content/. `extraDir` (project-relative) adds `<extraDir>/notes/*.md` and the decks of
 * `<extraDir>/decks.yaml`: test fixtures that only the e2e suite loads (EXTRA_CONTENT_DIR).
 */
// Synchronous reads on purpose: a dozen small files, and in a server that has PGlite
// open the async fs calls queue behind its thread-pool work (about 150 ms vs 9 ms).
export async function readContentFiles(rootDir: string, { extraDir }: { extraDir?: string } = {}): Promise<ContentFiles> {
  const notePaths = [...notesIn(rootDir, 'content'), ...(extraDir ? notesIn(rootDir, extraDir) : [])];
  const notes = notePaths.map((p) => ({ path: p, text: readFileSync(path.join(rootDir, p), 'utf8') }));
  const decksPath = 'content/decks.yaml';
  let decksText = readOptional(path.join(rootDir, decksPath));
  const extraDecks = extraDir ? readOptional(path.join(rootDir, extraDir, 'decks.yaml')) : undefined;
  if (decksText !== undefined && extraDecks !== undefined) decksText = mergeDecks(decksText, extraDecks);
  return { notes, ...(decksText === undefined ? {} : { decks: { path: decksPath, text: decksText } }) };
}

/**
 * Load and check all notes and decks under `<rootDir>/content` (rootDir is the
 * project root). Errors are returned as diagnostics, never thrown.
 */
export async function loadContent(rootDir: string, options: { obsidian?: boolean } = {}): Promise<Content> {
  return buildContent(await readContentFiles(rootDir), options);
}
