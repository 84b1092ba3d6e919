import { z } from 'zod';
import { deckTextChars, MAX_DECK_CHARS } from '@/lib/content/deck-source';
import { safeString } from '@/lib/validation/text';

/** An owned deck's id (lib/db/owned-decks.ts: `o` + 12 hex), or anything short enough to look up safely. */
export const deckIdSchema = safeString().min(1).max(64);

// Inline images (an imported deck's) are not counted; the server-action body limit bounds them.
const markdown = safeString().refine((s) => deckTextChars(s) <= MAX_DECK_CHARS, { error: 'tooLong' });
const title = safeString().trim().max(120, { error: 'titleTooLong' });

export const previewDeckSchema = z.object({ markdown, deckId: deckIdSchema.optional() });

export const saveDeckSchema = z.object({
  deckId: deckIdSchema.optional(),
  markdown,
  titleZh: title.optional(),
  titleEn: title.optional(),
});

export const publishDeckSchema = z.object({ deckId: deckIdSchema, published: z.boolean() });

export type SaveDeckInput = z.infer<typeof saveDeckSchema>;

/** A version to restore (DeckVersion.version: 1, 2, …). */
export const restoreDeckSchema = z.object({ deckId: deckIdSchema, version: z.number().int().min(1).max(9_999_999) });
