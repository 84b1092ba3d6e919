/** A zipped vault → its Markdown files by path (hidden folders such as .obsidian are left out by the planner). */

import { strFromU8 } from 'fflate';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { unzipLimited } from './unzip';

export function vaultFiles(bytes: Uint8Array, limits: ImportLimits = DEFAULT_LIMITS): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of unzipLimited(bytes, limits)) if (/\.md$/i.test(name)) out.set(name, strFromU8(data));
  return out;
}
