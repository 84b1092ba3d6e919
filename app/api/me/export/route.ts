import { authedRoute } from '@/lib/http/route';
import { exportMyData } from '@/lib/db/exports';

/** GET: the caller's own data (reviews CSV + JSON, card states, quiz attempts, predictions) as one zip. */
export const GET = authedRoute('learner', async ({ user }) => {
  const bytes = await exportMyData(user.id);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="recall-lab-my-data.zip"' },
  });
});
