/**
 * Reads content/ from disk. The only module here that touches the file
 * system, so keep it out of browser imports.
 */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildContent, type ContentFiles } from './build';
import type { Content } from './types';

/** Note files under `<rootDir>/content/notes`, as project-relative `/` paths. */
export async function listNoteFiles(rootDir: string): Promise<string[]> {
  const dir = path.join(rootDir, 'content', 'notes');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => `content/notes/${n}`);
}

// Synchronous reads on purpose: a dozen small files, and in a server that has PGlite
// open the async fs calls queue behind its thread-pool work (about 150 ms vs 9 ms).
export async function readContentFiles(rootDir: string): Promise<ContentFiles> {
  const notePaths = await listNoteFiles(rootDir);
  const notes = notePaths.map((p) => ({ path: p, text: readFileSync(path.join(rootDir, p), 'utf8') }));
  const decksPath = 'content/decks.yaml';
  let decksText: string | undefined;
  try {
    decksText = readFileSync(path.join(rootDir, decksPath), 'utf8');
  } catch {
    decksText = undefined;
  }
  return { notes, ...(decksText === undefined ? {} : { decks: { path: decksPath, text: decksText } }) };
}

/**
 * Load and check all notes and decks under `<rootDir>/content` (rootDir is the
 * project root). Errors are returned as diagnostics, never thrown.
 */
export async function loadContent(rootDir: string, options: { obsidian?: boolean } = {}): Promise<Content> {
  return buildContent(await readContentFiles(rootDir), options);
}
