import { z } from 'zod';

const params = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const answerSchema = z.object({
  cardId: z.string().min(1).max(200),
  grade: z.number().int().min(0).max(5),
  durationMs: z.number().min(0).max(86_400_000),
  idempotencyKey: z.string().min(8).max(100),
  clientAt: z.iso.datetime({ offset: true }),
  expectedVersion: z.number().int().min(0),
  run: z
    .object({
      experimentId: z.string().min(1).max(100),
      prediction: z.string().min(1).max(100),
      confidence: z.enum(['low', 'medium', 'high']).optional(),
      params,
      seed: z.number().int(),
      metrics: z.record(z.string(), z.number()),
      outcome: z.string().min(1).max(100),
      backend: z.string().max(20).optional(),
      durationMs: z.number().min(0).optional(),
    })
    .optional(),
});

export const undoSchema = z.object({ reviewId: z.string().min(1).max(100) });
export const loadMoreSchema = z.object({ deckId: z.string().max(100).optional(), exclude: z.array(z.string().max(200)).max(2000) });
export const forecastSchema = z.object({ deckId: z.string().max(100).optional() });

const cardId = z.string().min(1).max(200);
export const cardVersionSchema = z.object({ cardId, expectedVersion: z.number().int().min(0) });
// From a form (the settings page's list) or a call: the card id only.
export const unsuspendSchema = z.object({ cardId });
