import { z } from 'zod';
import { safeString } from '@/lib/validation/text';

/** Inputs of the class and assignment server actions, validated at the door. Messages are i18n keys of `classes`. */

const className = safeString().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'nameRequired' });
const id = safeString().min(1).max(100);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateInvalid' });

export const createClassSchema = z.object({ name: className });
export const classRefSchema = z.object({ classId: id });
export const renameClassSchema = z.object({ classId: id, name: className });
export const archiveClassSchema = z.object({ classId: id, archived: z.enum(['true', 'false']) });
export const memberRefSchema = z.object({ classId: id, userId: id });
export const joinClassSchema = z.object({
  code: safeString().trim().min(1, { error: 'codeRequired' }).max(40, { error: 'codeInvalid' }),
});
export const assignmentRefSchema = z.object({ assignmentId: id, archived: z.enum(['true', 'false']) });
export const deckLimitSchema = z.object({
  deckId: id,
  newPerDay: z.coerce
    .number({ error: 'limitInvalid' })
    .int({ error: 'limitInvalid' })
    .min(0, { error: 'limitInvalid' })
    .max(9999, { error: 'limitInvalid' }),
});

const isDay = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * A deck or a quiz for a class, from the assignment form. `assignmentId` edits an existing
 * one. The target is a whole percentage; the due day must come after the start day.
 */
export const assignmentSchema = z
  .object({
    assignmentId: id.optional(),
    classId: id,
    kind: z.enum(['deck', 'quiz']),
    deckId: id.optional(),
    quizId: id.optional(),
    startDay: day,
    dueDay: day,
    target: z.coerce
      .number({ error: 'targetInvalid' })
      .int({ error: 'targetInvalid' })
      .min(1, { error: 'targetInvalid' })
      .max(100, { error: 'targetInvalid' }),
  })
  .superRefine((v, ctx) => {
    if (!isDay(v.startDay)) ctx.addIssue({ code: 'custom', path: ['startDay'], message: 'dateInvalid' });
    if (!isDay(v.dueDay)) ctx.addIssue({ code: 'custom', path: ['dueDay'], message: 'dateInvalid' });
    else if (v.dueDay <= v.startDay) ctx.addIssue({ code: 'custom', path: ['dueDay'], message: 'dueBeforeStart' });
    if (v.kind === 'deck' && !v.deckId) ctx.addIssue({ code: 'custom', path: ['deckId'], message: 'deckRequired' });
    if (v.kind === 'quiz' && !v.quizId) ctx.addIssue({ code: 'custom', path: ['quizId'], message: 'quizRequired' });
  });
export type AssignmentInput = z.infer<typeof assignmentSchema>;
