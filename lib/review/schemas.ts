import { z } from 'zod';
import { runSchema } from '@/lib/experiments/run-schema';
import { keyString, safeString } from '@/lib/validation/text';

const cardId = safeString().min(1).max(200);
const deckId = safeString().max(100);

export const answerSchema = z.object({
  cardId,
  grade: z.number().int().min(0).max(5),
  durationMs: z.number().min(0).max(86_400_000),
  idempotencyKey: keyString(),
  clientAt: z.iso.datetime({ offset: true }),
  expectedVersion: z.number().int().min(0),
  // Names and ranges come from the experiment's spec in the registry (lib/experiments/run-schema.ts).
  run: runSchema.optional(),
});

export const undoSchema = z.object({ reviewId: safeString().min(1).max(100) });
export const loadMoreSchema = z.object({ deckId: deckId.optional(), exclude: z.array(safeString().max(200)).max(2000) });
export const forecastSchema = z.object({ deckId: deckId.optional() });

export const cardVersionSchema = z.object({ cardId, expectedVersion: z.number().int().min(0) });
// Undo of a bury/suspend: the version that action returned (a card has a state by then).
export const undoSetAsideSchema = cardVersionSchema.extend({ kind: z.enum(['bury', 'suspend']), expectedVersion: z.number().int().min(1) });
// From a form (the settings page's list) or a call: the card id only.
export const unsuspendSchema = z.object({ cardId });
