/** Inputs of the quiz server actions (app/(app)/quiz/actions.ts), validated at the door. */
import { z } from 'zod';
import { runSchema } from '@/lib/experiments/run-schema';
import { keyString, safeString } from '@/lib/validation/text';
import { hasSource, quizSpecBase } from './definition';
import { SELF_RATINGS } from './grade-item';

const id = safeString().min(1).max(100);

/** The builder's definition; the server picks the seed when none is given. */
export const createQuizSchema = quizSpecBase
  .extend({ seed: quizSpecBase.shape.seed.optional() })
  .refine(hasSource, { error: 'sourceRequired', path: ['source'] });

export const definitionRefSchema = z.object({ definitionId: id });
export const attemptRefSchema = z.object({ attemptId: id });
export const itemRefSchema = z.object({ attemptId: id, itemIndex: z.number().int().min(0).max(99) });

const response = z.discriminatedUnion('form', [
  z.object({ form: z.literal('mc'), selected: z.array(z.number().int().min(0).max(19)).max(20) }),
  z.object({ form: z.literal('typed'), text: safeString().max(500) }),
  z.object({ form: z.literal('cloze'), text: safeString().max(500) }),
  z.object({ form: z.literal('predict'), run: runSchema }),
  z.object({ form: z.literal('self'), rating: z.enum(SELF_RATINGS) }),
]);

export const quizAnswerSchema = z.object({
  attemptId: id,
  itemIndex: z.number().int().min(0).max(99),
  idempotencyKey: keyString(),
  certainty: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  response,
});
export type QuizAnswerInput = z.infer<typeof quizAnswerSchema>;
