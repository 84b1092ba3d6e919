/**
 * Small synchronous string hashes. Pure JS on purpose: the parser also runs in
 * the browser bundle, where `node:crypto` is missing and WebCrypto is async.
 * These identify content; they are not for security.
 */

/** Bumped whenever parsing rules change, so a sync runs even if no file changed. */
export const PARSER_VERSION = 2;

function mix(str: string, seed: number): [number, number] {
  // cyrb53 (public domain): two 32-bit lanes, good avalanche, fast on UTF-16.
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** Hex digest of `length` characters (each 16 chars use another seed). */
export function hashHex(input: string, length = 16): string {
  let out = '';
  for (let seed = 0; out.length < length; seed++) {
    const [a, b] = mix(input, seed);
    out += hex8(a) + hex8(b);
  }
  return out.slice(0, length);
}

/** Hash of a set of files, independent of the order they were read in. */
export function contentHash(files: ReadonlyArray<{ path: string; text: string }>): string {
  const parts = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.path}\u0000${f.text.length}\u0000${f.text}`);
  return hashHex(`v${PARSER_VERSION}\u0000${parts.join('\u0000')}`, 32);
}
