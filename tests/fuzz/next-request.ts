/**
 * Runs a server action or a route handler inside Next's own request scope, the way the
 * server does: an action store, a request store (phase `action`) and a work store, made
 * by Next's own factories. So `cookies()`, `headers()`, `revalidatePath()` and
 * next-auth's `signIn`/`signOut` run their real code instead of being skipped.
 *
 * What the server would do afterwards (write Set-Cookie, apply the revalidated tags,
 * turn a redirect error into a 303) is outside the action; the scope reports the
 * cookies set and the tags revalidated so a test can look at them.
 */
import 'next/dist/server/node-environment-baseline';
import { NextRequest } from 'next/server';
import { actionAsyncStorage } from 'next/dist/server/app-render/action-async-storage.external';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { createWorkStore } from 'next/dist/server/async-storage/work-store';
import { IncrementalCache } from 'next/dist/server/lib/incremental-cache';
import { getImplicitTags } from 'next/dist/server/lib/implicit-tags';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback';

export const origin = 'http://localhost:3000';

export interface ScopeReport {
  setCookies: string[];
  revalidatedTags: string[];
}

const preview = { previewModeId: 'fuzz', previewModeSigningKey: 'fuzz', previewModeEncryptionKey: 'fuzz' };

// An in-memory cache, as `next start` has one: revalidatePath records its tags against it.
const incrementalCache = new IncrementalCache({
  dev: false,
  minimalMode: false,
  flushToDisk: false,
  requestHeaders: {},
  allowedRevalidateHeaderKeys: [],
  fetchCacheKeyPrefix: '',
  maxMemoryCacheSize: 0,
  previewProps: preview,
  prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview },
} as unknown as ConstructorParameters<typeof IncrementalCache>[0]);

/** Runs `fn` as the server runs a request to `page` (a server action when `isAction`). */
export async function inRequestScope<T>(
  request: NextRequest,
  page: string,
  isAction: boolean,
  fn: () => Promise<T>,
): Promise<{ value: T; report: ScopeReport }> {
  const setCookies: string[] = [];
  const implicitTags = await getImplicitTags(page, request.nextUrl.pathname, null);
  const requestStore = createRequestStoreForAPI(
    request,
    request.nextUrl,
    implicitTags,
    (cookies) => setCookies.push(...cookies),
    preview,
    undefined,
  );
  const workStore = createWorkStore({
    page,
    renderOpts: {
      incrementalCache,
      experimental: {},
      cacheLifeProfiles: {},
    },
    buildId: 'fuzz',
    deploymentId: undefined,
    previouslyRevalidatedTags: [],
  } as unknown as Parameters<typeof createWorkStore>[0]);
  const value = await actionAsyncStorage.run({ isAction, isAppRoute: !isAction }, () =>
    workUnitAsyncStorage.run(requestStore, () => workAsyncStorage.run(workStore, fn)),
  );
  return { value, report: { setCookies, revalidatedTags: (workStore.pendingRevalidatedTags ?? []).map((t) => t.tag) } };
}

/** The request a browser sends for a server action posted from `path`. */
export function actionRequest(path: string, extraHeaders: Record<string, string> = {}): NextRequest {
  return new NextRequest(new URL(path, origin), {
    method: 'POST',
    headers: { origin, host: new URL(origin).host, 'next-action': 'fuzz', 'content-type': 'text/plain;charset=UTF-8', ...extraHeaders },
  });
}

/** Next's control-flow throws (redirect(), notFound(), forbidden()) are responses, not failures. */
export function controlFlowStatus(error: unknown): number | null {
  if (isRedirectError(error)) return 303;
  if (isHTTPAccessFallbackError(error)) return Number(String((error as { digest: string }).digest).split(';')[1]);
  return null;
}
