/** Runs once when a server instance starts; the work is Node-only. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installPeerAddress } = await import('@/lib/auth/peer');
    await installPeerAddress();
    const { prepareAtServerStart } = await import('@/lib/db/server-start');
    await prepareAtServerStart();
  }
}
