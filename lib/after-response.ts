import 'server-only';
import { after } from 'next/server';

/**
 * Runs `work` once the response has been sent (Next's `after`), so the caller does not wait
 * for it. Outside a request that can defer work (a script, or a test calling an action
 * directly) `after` throws at once; the work then runs right away and is awaited instead.
 */
export async function afterResponse(work: () => Promise<void>): Promise<void> {
  try {
    after(work);
  } catch {
    await work();
  }
}
