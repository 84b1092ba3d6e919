/**
 * Limits on what an import may read. An upload larger than `maxUploadBytes` is refused
 * before it is opened; a zip is read entry by entry and refused as soon as it holds too
 * many entries or inflates past `maxTotalBytes` (a zip bomb), whatever its headers claim.
 */

export interface ImportLimits {
  maxUploadBytes: number;
  maxEntries: number;
  /** Decompressed bytes of all entries together (and of the zstd collection). */
  maxTotalBytes: number;
  /** An image larger than this stays behind (listed as skipped). */
  maxImageBytes: number;
  /** All images of one import together. */
  maxImagesTotalBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxUploadBytes: 50 * 1024 * 1024,
  maxEntries: 20_000,
  maxTotalBytes: 300 * 1024 * 1024,
  maxImageBytes: 512 * 1024,
  maxImagesTotalBytes: 8 * 1024 * 1024,
};

export type ImportErrorCode =
  | 'too-large'
  | 'too-many-entries'
  | 'bomb'
  | 'not-zip'
  | 'no-collection'
  | 'bad-collection'
  /** A deck's batch failed: nothing of it was written; the decks before it are kept. */
  | 'batch-failed'
  /** The process running the import stopped (lib/db/import-jobs.ts). */
  | 'interrupted';

/** A refused import: a code for the UI's message, and a sentence for the CLI and logs. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export const mib = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
