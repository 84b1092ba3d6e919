/**
 * `.apkg` / `.colpkg` (a zip) → collection + media. Newer exports hold `collection.anki21b`
 * (zstd-compressed SQLite, schema 18) next to a stub `collection.anki2` that only says
 * "please update Anki", so the newest collection present wins. Their `media` index is a
 * zstd-compressed protobuf and each media file is zstd-compressed; older ones use JSON.
 */

import type { SqlJsStatic } from 'sql.js';
import type { AnkiCollection } from './anki-types';
import { readCollection } from './anki-read';
import { ImportError, type ImportLimits } from './limits';
import { protoString, readMessage } from './protobuf';
import { unzipLimited } from './unzip';
import { isZstd, zstdLimited } from './zstd';

export interface AnkiPackage {
  collection: AnkiCollection;
  /** Media by the file name cards use (`<img src="name">`). */
  media: Map<string, Uint8Array>;
  /** Which collection file was read. */
  source: 'collection.anki21b' | 'collection.anki21' | 'collection.anki2';
}

const ORDER = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

export function readAnkiPackage(SQL: SqlJsStatic, bytes: Uint8Array, limits: ImportLimits): AnkiPackage {
  const entries = unzipLimited(bytes, limits);
  const source = ORDER.find((name) => entries.has(name));
  if (!source) throw new ImportError('no-collection', 'The archive holds no Anki collection (collection.anki2 or .anki21b).');
  let db = entries.get(source) ?? new Uint8Array();
  if (isZstd(db)) db = zstdLimited(db, limits.maxTotalBytes);
  const collection = readCollection(SQL, db);
  return { collection, media: readMedia(entries, limits), source };
}

function readMedia(entries: Map<string, Uint8Array>, limits: ImportLimits): Map<string, Uint8Array> {
  const index = entries.get('media');
  const out = new Map<string, Uint8Array>();
  if (!index || index.length === 0) return out;
  const names = new Map<string, string>(); // zip entry → file name
  if (isZstd(index)) {
    // MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; size = 2; sha1 = 3; legacy_zip_filename = 255 }.
    const list = readMessage(zstdLimited(index, limits.maxTotalBytes)).get(1) ?? [];
    list.forEach((entry, i) => {
      if (entry instanceof Uint8Array) {
        const fields = readMessage(entry);
        const legacy = fields.get(255)?.[0];
        names.set(typeof legacy === 'number' ? String(legacy) : String(i), protoString(fields, 1));
      }
    });
  } else {
    try {
      for (const [key, name] of Object.entries(JSON.parse(new TextDecoder().decode(index)) as Record<string, string>)) names.set(key, name);
    } catch {
      return out;
    }
  }
  for (const [key, name] of names) {
    const data = entries.get(key);
    if (data && name) out.set(name, isZstd(data) ? zstdLimited(data, limits.maxTotalBytes) : data);
  }
  return out;
}
