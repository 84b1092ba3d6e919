import { z } from 'zod';

/** The upload form's fields besides the file itself (`file`, checked in the route). */
export const importUploadSchema = z.object({ kind: z.enum(['anki', 'obsidian']) });

export const exportFormatSchema = z.enum(['apkg', 'md']);
