/**
 * Zip → entries, with limits enforced while inflating. fflate's streaming `Unzip` hands
 * every entry's bytes to `ondata` as they are produced, so the count of bytes actually
 * decompressed is what is checked, not the size a (possibly forged) header declares.
 */

import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { ImportError, mib, type ImportLimits } from './limits';

export function unzipLimited(bytes: Uint8Array, limits: ImportLimits): Map<string, Uint8Array> {
  if (bytes.length > limits.maxUploadBytes) {
    throw new ImportError('too-large', `The file is ${mib(bytes.length)}; the limit is ${mib(limits.maxUploadBytes)}.`);
  }
  // Local file header signature "PK\3\4" (an empty zip starts with the end record "PK\5\6").
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || (bytes[2] !== 3 && bytes[2] !== 5)) {
    throw new ImportError('not-zip', 'The file is not a zip archive (.apkg, .colpkg and vault zips are zip files).');
  }
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let refused: ImportError | null = null;
  const unzip = new Unzip((file) => {
    if (refused) return;
    entries += 1;
    if (entries > limits.maxEntries) {
      refused = new ImportError('too-many-entries', `The archive holds more than ${limits.maxEntries} entries.`);
      return;
    }
    if (file.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      if (refused) return;
      if (err) {
        refused = new ImportError('not-zip', `The archive is damaged (${file.name}: ${err.message}).`);
        return;
      }
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        refused = new ImportError(
          'bomb',
          `The archive inflates to more than ${mib(limits.maxTotalBytes)}; it was refused (a zip bomb, or simply too big).`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (err) {
    if (!refused) throw new ImportError('not-zip', `The archive is damaged: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (refused) throw refused;
  return out;
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] ?? new Uint8Array();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
