import 'server-only';
import type { AbstractIntlMessages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { SHELL_NAMESPACES, type Namespace } from './namespaces';

/**
 * Which messages reach the browser. Server components translate on the server, so a page
 * ships only the namespaces its client components read: every page gets the shell's
 * (SHELL_NAMESPACES), and each area's layout adds its own through
 * <ClientMessages> (components/i18n/client-messages.tsx). Every page used to carry the whole
 * 46 KB catalogue in its payload. client-messages.test.ts walks each
 * page's imports and fails when a client component reads a namespace its page does not ship.
 */
export async function clientMessages(namespaces: readonly Namespace[] = []): Promise<AbstractIntlMessages> {
  const all = await getMessages();
  return Object.fromEntries([...new Set([...SHELL_NAMESPACES, ...namespaces])].map((ns) => [ns, all[ns] ?? {}]));
}
