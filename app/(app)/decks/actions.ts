'use server';

import { revalidatePath } from 'next/cache';
import { afterResponse } from '@/lib/after-response';
import { authedAction, fieldErrors, requireUser, type ActionResult } from '@/lib/auth/guard';
import { previewDeck, type DeckPreview } from '@/lib/content/deck-preview';
import type { Diagnostic } from '@/lib/content/types';
import { refreshKeptTalliesFor } from '@/lib/db/class-dashboard';
import { isOwnDeck, restoreDeckVersion, saveOwnedDeck, setDeckPublished } from '@/lib/db/owned-decks';
import { previewDeckSchema, publishDeckSchema, restoreDeckSchema, saveDeckSchema } from '@/lib/decks/schemas';

/** The editor's live preview: rendered, sanitized cards and the check's diagnostics. Writes nothing. */
export async function previewDeckAction(raw: unknown): Promise<ActionResult<DeckPreview>> {
  return authedAction(previewDeckSchema, 'teacher', async ({ markdown, deckId }, user): Promise<ActionResult<DeckPreview>> => {
    if (deckId && !(await isOwnDeck(user.id, deckId))) return { ok: false, error: 'not_found' };
    return { ok: true, data: previewDeck(markdown) };
  })(raw);
}

export type SaveDeckResult =
  | ActionResult<{ deckId: string; version: number; markdown: string; diagnostics: Diagnostic[] }>
  | { ok: false; error: 'content'; diagnostics: Diagnostic[] };

/** Saves a new version of the caller's deck; a deck with errors is refused (`content`) and nothing changes. */
export async function saveDeckAction(raw: unknown): Promise<SaveDeckResult> {
  const guard = await requireUser('teacher');
  if (!guard.ok) return guard;
  const parsed = saveDeckSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) };
  try {
    const out = await saveOwnedDeck({ ownerId: guard.user.id, ...parsed.data });
    if (!out.ok)
      return out.error === 'not_found' ? { ok: false, error: 'not_found' } : { ok: false, error: 'content', diagnostics: out.diagnostics };
    revalidatePath('/decks');
    revalidatePath(`/decks/${out.deckId}`);
    // Cards added or removed: the classes that assign the deck count it anew.
    await afterResponse(() => refreshKeptTalliesFor({ deckId: out.deckId }));
    return { ok: true, data: { deckId: out.deckId, version: out.version, markdown: out.markdown, diagnostics: out.diagnostics } };
  } catch (e) {
    console.error('[action] saveDeckAction failed:', e instanceof Error ? e.message : e);
    return { ok: false, error: 'failed' };
  }
}

/** Publishes (everyone may read it) or unpublishes one of the caller's decks. */
export async function publishDeckAction(raw: unknown): Promise<ActionResult<{ published: boolean }>> {
  return authedAction(publishDeckSchema, 'teacher', async ({ deckId, published }, user): Promise<ActionResult<{ published: boolean }>> => {
    if (!(await setDeckPublished(user.id, deckId, published))) return { ok: false, error: 'not_found' };
    revalidatePath('/decks');
    return { ok: true, data: { published } };
  })(raw);
}

export type RestoreDeckResult = ActionResult<{ deckId: string; version: number; from: number }>;

/**
 * Restores an older version of the caller's deck as a new version (its source saved again:
 * card ids and learners' scheduling stay). `not_found` for someone else's deck or an unknown
 * version; `conflict` when that old source no longer passes the content check.
 */
export async function restoreDeckVersionAction(raw: unknown): Promise<RestoreDeckResult> {
  return authedAction(restoreDeckSchema, 'teacher', async ({ deckId, version }, user): Promise<RestoreDeckResult> => {
    const out = await restoreDeckVersion(user.id, deckId, version);
    if (!out.ok) return { ok: false, error: out.error === 'not_found' ? 'not_found' : 'conflict' };
    revalidatePath('/decks');
    revalidatePath(`/decks/${out.deckId}`);
    revalidatePath(`/decks/${out.deckId}/edit`);
    await afterResponse(() => refreshKeptTalliesFor({ deckId: out.deckId }));
    return { ok: true, data: { deckId: out.deckId, version: out.version, from: version } };
  })(raw);
}
