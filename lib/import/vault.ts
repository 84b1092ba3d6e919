/** A vault, zipped or picked as a folder → its Markdown files by path (hidden folders such as .obsidian are left out by the planner). */

import { strFromU8 } from 'fflate';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { unzipLimited } from './unzip';

export function vaultFiles(bytes: Uint8Array, limits: ImportLimits = DEFAULT_LIMITS): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of unzipLimited(bytes, limits)) if (/\.md$/i.test(name)) out.set(name, strFromU8(data));
  return out;
}

export interface PickedFile {
  /** `webkitRelativePath`: the picked folder's name, then the path inside it. */
  path: string;
  size: number;
}

/**
 * Which files of a picked folder to send, and under which path: the vault's Markdown notes
 * (no hidden folders such as `.obsidian`), by their path inside the folder, the same paths
 * the CLI reads from a vault directory, so either way re-imports the same decks.
 */
export function vaultEntries<T extends PickedFile>(files: readonly T[]): Array<{ path: string; file: T }> {
  return files.flatMap((file) => {
    const parts = file.path.split('/').filter(Boolean);
    const inside = parts.length > 1 ? parts.slice(1) : parts;
    if (!/\.md$/i.test(file.path) || inside.some((p) => p.startsWith('.'))) return [];
    return [{ path: inside.join('/'), file }];
  });
}
