/**
 * The TCP peer address of the request being served. Next's route handlers and server
 * actions cannot see the socket, and the `x-forwarded-for` Next adds is only the peer when
 * the client sent none (see client-address.ts). So instrumentation.ts wraps the HTTP
 * server's 'request' event and runs each request inside an AsyncLocalStorage holding
 * `req.socket.remoteAddress`; everything that request awaits can read it. Nothing the
 * client sends can set it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

// On globalThis: instrumentation and the app's route bundles are separate module graphs.
const g = globalThis as unknown as { __recallPeer?: AsyncLocalStorage<string | undefined>; __recallPeerInstalled?: boolean };
const store = (g.__recallPeer ??= new AsyncLocalStorage<string | undefined>());

/** Called once per server process (instrumentation.ts register()). */
export async function installPeerAddress(): Promise<void> {
  if (g.__recallPeerInstalled) return;
  g.__recallPeerInstalled = true;
  const http = await import('node:http');
  const https = await import('node:https');
  for (const proto of [http.Server.prototype, https.Server.prototype] as { emit: (event: string, ...args: unknown[]) => boolean }[]) {
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event !== 'request') return emit.call(this, event, ...args);
      const req = args[0] as IncomingMessage;
      return store.run(req.socket?.remoteAddress, () => emit.call(this, event, ...args));
    };
  }
}

/** The peer address of the current request; undefined outside one (tests, scripts). */
export function peerAddress(): string | undefined {
  return store.getStore();
}

/** Tests only: runs `fn` as a request from `address`. */
export function runAsPeer<T>(address: string, fn: () => Promise<T>): Promise<T> {
  return store.run(address, fn);
}
