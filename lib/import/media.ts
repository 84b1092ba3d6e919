/** Images referenced by Anki fields → `data:` URLs within the limits, or a reason they stayed behind. */

/** Why something stayed behind: a code the UI translates (import.reason.*), and the English sentence the CLI prints. */
export type SkipCode =
  | 'audio'
  | 'video'
  | 'image-external'
  | 'image-type'
  | 'image-missing'
  | 'image-large'
  | 'image-budget'
  | 'note-type-missing'
  | 'note-type-unsupported'
  | 'template'
  | 'cloze-extra'
  | 'cloze-empty'
  | 'empty-front'
  | 'empty-back'
  | 'no-flashcards'
  | 'note-errors'
  | 'deck-invalid'
  | 'deck-too-large';

export interface Skip {
  kind: 'audio' | 'video' | 'image' | 'note-type' | 'template' | 'field' | 'card' | 'deck';
  code: SkipCode;
  name: string;
  reason: string;
}

export interface MediaBudget {
  media: Map<string, Uint8Array>;
  maxImageBytes: number;
  /** Bytes still allowed for images in this import. */
  remaining: number;
  /** Images inlined so far (each file counted once). */
  imported: Set<string>;
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=]+$/;

export function imageFor(src: string, budget: MediaBudget): { url: string } | { skip: Skip } {
  // Our own export writes images as data: URLs; they come back within the same limits.
  if (DATA_IMAGE.test(src)) {
    const bytes = Math.floor(((src.length - src.indexOf(',') - 1) * 3) / 4);
    if (bytes > budget.maxImageBytes || bytes > budget.remaining)
      return {
        skip: {
          kind: 'image',
          name: 'data: image',
          code: 'image-large',
          reason: `larger than ${Math.round(budget.maxImageBytes / 1024)} KiB`,
        },
      };
    budget.remaining -= bytes;
    budget.imported.add(src.slice(0, 64) + src.length);
    return { url: src };
  }
  const name = safeDecode(src);
  if (/^[a-z][a-z0-9+.-]*:/i.test(name)) {
    return {
      skip: { kind: 'image', name, code: 'image-external', reason: 'external images are not loaded (only images inside the package)' },
    };
  }
  const mime = MIME[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!mime) return { skip: { kind: 'image', name, code: 'image-type', reason: 'not an image type the app shows' } };
  const bytes = budget.media.get(name);
  if (!bytes) return { skip: { kind: 'image', name, code: 'image-missing', reason: 'missing from the package' } };
  if (bytes.length > budget.maxImageBytes) {
    return { skip: { kind: 'image', name, code: 'image-large', reason: `larger than ${Math.round(budget.maxImageBytes / 1024)} KiB` } };
  }
  if (!budget.imported.has(name)) {
    if (bytes.length > budget.remaining)
      return { skip: { kind: 'image', name, code: 'image-budget', reason: 'the import reached its total image size' } };
    budget.remaining -= bytes.length;
    budget.imported.add(name);
  }
  return { url: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
}

function safeDecode(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
