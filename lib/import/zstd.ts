/** zstd frames (schema-18 collections and media in newer Anki exports), inflated with fzstd under a byte limit. */

import { Decompress } from 'fzstd';
import { ImportError, mib } from './limits';
import { concat } from './unzip';

const MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function isZstd(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

export function zstdLimited(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const stream = new Decompress((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else chunks.push(chunk);
  });
  try {
    stream.push(bytes, true);
  } catch (err) {
    if (!over) throw new ImportError('bad-collection', `A zstd stream is damaged: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (over) throw new ImportError('bomb', `A compressed file inflates to more than ${mib(maxBytes)}; it was refused.`);
  return concat(chunks);
}
