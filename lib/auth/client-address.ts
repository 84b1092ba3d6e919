/**
 * Which address a request comes from, for the sign-in and sign-up limits. Pure: the
 * caller passes the TCP peer address and the X-Forwarded-For header.
 *
 * What `next start` gives the app (tried on Next 16.4): its server sets
 * `x-forwarded-for` to the socket's address only when the request has no such header
 * (`??=` in base-server.js). A client that sends `X-Forwarded-For: 6.6.6.6` is seen as
 * 6.6.6.6, and the socket address is gone. So the header is never the peer address; the
 * peer comes from lib/auth/peer.ts, which records the socket address itself.
 *
 * `trustProxy` is the number of reverse proxies in front of the app (TRUST_PROXY). Each
 * appends the address it received the request from, so the client is the Nth entry from
 * the right: the one the outermost trusted proxy wrote. Entries further left were written
 * by the client and are ignored. This is Express's numeric `trust proxy` reading.
 */
export function clientAddress(input: { trustProxy: number; peer: string | undefined; forwardedFor: string | null | undefined }): string {
  const { trustProxy, peer, forwardedFor } = input;
  if (trustProxy <= 0) return addressKey(peer);
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!hops.length) return addressKey(peer);
  // A shorter chain than configured: the furthest address there is (as Express does).
  return addressKey(hops[Math.max(0, hops.length - trustProxy)]);
}

/**
 * The key a limit counts under. IPv4-mapped IPv6 becomes IPv4; an IPv6 address becomes its
 * /64 prefix, because one subscriber usually holds a whole /64 and could rotate through it.
 * Ports and brackets that some proxies add are dropped. Unknown text is kept, bounded.
 */
export function addressKey(raw: string | undefined): string {
  let a = (raw ?? '').trim().toLowerCase();
  if (!a) return 'unknown';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) a = mapped[1]!;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(a)) return a;
  const groups = expandIpv6(a.replace(/%.*$/, ''));
  if (groups) return `${groups.slice(0, 4).join(':')}::/64`;
  return a.slice(0, 100);
}

/** The eight hextets of an IPv6 address (no leading zeros), or null if it is not one. */
function expandIpv6(a: string): string[] | null {
  if (!/^[0-9a-f:]+$/.test(a) || !a.includes(':')) return null;
  const parts = a.split('::');
  if (parts.length > 2) return null;
  const head = parts[0] ? parts[0].split(':') : [];
  const tail = parts.length === 2 && parts[1] ? parts[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (parts.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(parts.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => g.replace(/^0+(?=.)/, ''));
}
