import { NextResponse } from 'next/server';
import { getImportJob } from '@/lib/db/imports';
import { authedRoute } from '@/lib/http/route';

/** GET: the caller's import job (progress, report or error); another user's id is 404. */
export const GET = authedRoute('learner', async ({ user, request }) => {
  const id = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? '');
  const job = await getImportJob(user.id, id);
  return job ? NextResponse.json({ job }) : NextResponse.json({ error: 'not_found' }, { status: 404 });
});
