import { after, NextResponse } from 'next/server';
import { failImportJob, runAnkiImport, runObsidianImport, startImportJob } from '@/lib/db/imports';
import { authedUpload } from '@/lib/http/upload';
import { DEFAULT_LIMITS } from '@/lib/import/limits';
import { importUploadSchema } from '@/lib/import/schemas';
import { vaultFiles } from '@/lib/import/vault';

/**
 * POST multipart { kind: 'anki' | 'obsidian', file }: starts an import into the caller's own
 * decks and answers 202 with the job id at once; the import runs after the response
 * (GET /api/import/[id] reports progress). Same-origin only.
 */
export const POST = authedUpload('learner', async ({ user, form }) => {
  const parsed = importUploadSchema.safeParse({ kind: form.get('kind') });
  const file = form.get('file');
  if (!parsed.success || !(file instanceof Blob) || file.size === 0) return NextResponse.json({ error: 'invalid' }, { status: 400 });
  if (file.size > DEFAULT_LIMITS.maxUploadBytes) return NextResponse.json({ error: 'too_large' }, { status: 413 });
  const name = file instanceof File ? file.name : 'upload';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const jobId = await startImportJob(user.id, parsed.data.kind, name);
  after(async () => {
    if (parsed.data.kind === 'anki') await runAnkiImport(user.id, jobId, bytes);
    else {
      try {
        await runObsidianImport(user.id, jobId, vaultFiles(bytes));
      } catch (e) {
        await failImportJob(jobId, e);
      }
    }
  });
  return NextResponse.json({ jobId }, { status: 202 });
});
