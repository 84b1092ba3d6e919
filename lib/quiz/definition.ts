/**
 * A quiz definition: what to draw from and how to take it. Plain data, validated with zod
 * at every door (the builder's action, the JSON column). Pure; see ./README.md.
 */
import { z } from 'zod';
import { safeString } from '@/lib/validation/text';

/** How an item is asked. `self` is "reveal and rate yourself", for cards with no gradeable form. */
export const ITEM_FORMS = ['mc', 'typed', 'cloze', 'predict', 'self'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];

export const MAX_QUESTIONS = 50;
export const MAX_MINUTES = 180;

const name = safeString().trim().min(1).max(100);

/**
 * A topic is a note and, optionally, a heading path inside it: `['pooling']` is the whole
 * note, `['pooling', 'Max pooling']` only the cards under that heading.
 */
export const topicSchema = z.array(safeString().min(1).max(200)).min(1).max(6);

export const quizSpecBase = z.object({
  title: safeString().trim().min(1, { error: 'titleRequired' }).max(120, { error: 'titleTooLong' }),
  decks: z.array(name).max(50).default([]),
  topics: z.array(topicSchema).max(100).default([]),
  tags: z.array(name).max(50).default([]),
  count: z.number().int().min(1, { error: 'countRange' }).max(MAX_QUESTIONS, { error: 'countRange' }),
  forms: z.array(z.enum(ITEM_FORMS)).min(1, { error: 'formsRequired' }),
  /** Minutes; null for no limit. */
  timeLimit: z.number().int().min(1, { error: 'timeRange' }).max(MAX_MINUTES, { error: 'timeRange' }).nullable().default(null),
  /** Certainty-based marking (on by default). */
  certainty: z.boolean().default(true),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

/** A quiz draws from at least one deck, topic or tag. */
export const hasSource = (s: { decks: unknown[]; topics: unknown[]; tags: unknown[] }) =>
  s.decks.length + s.topics.length + s.tags.length > 0;

export const quizSpecSchema = quizSpecBase.refine(hasSource, { error: 'sourceRequired', path: ['source'] });

export type QuizSpec = z.infer<typeof quizSpecSchema>;

/** The key of a topic, for grouping and display: `pooling › Max pooling`. */
export const topicKey = (path: readonly string[]): string => path.join(' › ');

/** One drawn item, as the attempt stores it (a snapshot, in the order asked). */
export const attemptItemSchema = z.object({ cardId: z.string(), form: z.enum(ITEM_FORMS), group: z.string() });
export const attemptItemsSchema = z.array(attemptItemSchema);
export type AttemptItem = z.infer<typeof attemptItemSchema>;
