import { zipSync } from 'fflate';
import { DEFAULT_LIMITS } from '@/lib/import/limits';
import { vaultEntries } from '@/lib/import/vault';

export type FolderZip = { ok: true; file: File } | { ok: false; error: 'empty' | 'too-large' | 'too-many' };

/** A picked vault folder → one zip of its notes (the server reads one file either way; the upload limits apply). */
export async function zipVaultFolder(files: readonly File[], maxBytes = DEFAULT_LIMITS.maxUploadBytes): Promise<FolderZip> {
  const entries = vaultEntries(files.map((f) => ({ path: f.webkitRelativePath || f.name, size: f.size, f })));
  if (entries.length === 0) return { ok: false, error: 'empty' };
  if (entries.length > DEFAULT_LIMITS.maxEntries) return { ok: false, error: 'too-many' };
  if (entries.reduce((n, e) => n + e.file.size, 0) > maxBytes) return { ok: false, error: 'too-large' };
  const data: Record<string, Uint8Array> = {};
  for (const e of entries) data[e.path] = new Uint8Array(await e.file.f.arrayBuffer());
  const zipped = zipSync(data, { level: 6 });
  if (zipped.length > maxBytes) return { ok: false, error: 'too-large' };
  const folder = (files[0]?.webkitRelativePath || 'vault').split('/')[0] || 'vault';
  return { ok: true, file: new File([zipped], `${folder}.zip`, { type: 'application/zip' }) };
}
