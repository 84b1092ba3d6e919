/**
 * Hostile values for the fuzz: what an attacker puts in a field instead of what the
 * form sends. Each has a name, so a failure says which value broke which field.
 * Large values are built once and shared: they are inputs, never mutated.
 */
import fc from 'fast-check';
import type { NodeKind } from '@/lib/testing/zod-arbitrary';

export interface Hostile {
  name: string;
  /** The hostile value, made from the node's valid arbitrary (to damage a valid value) or not. */
  make: (valid: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>;
}

export const megabyte = 'x'.repeat(1 << 20);

function nest(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}
export const deepObject = nest(1000, (a) => ({ a }));
export const deepArray = nest(1000, (a) => [a]);
/** Own `__proto__` and `constructor` keys, as JSON.parse makes them. */
export const protoKeys = (): Record<string, unknown> =>
  JSON.parse('{"__proto__":{"isAdmin":true,"role":"teacher"},"constructor":{"prototype":{"polluted":true}}}') as Record<string, unknown>;
/** The shape of the stored 978 KB run.metrics: 40,000 keys. */
export const wideObject: Record<string, number> = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`metric_${i}`, i / 7]));

const constant = (name: string, value: unknown): Hostile => ({ name, make: () => fc.constant(value) });

/** Puts `piece` into a valid string at a random place (or sends `piece` alone for a non-string). */
const inject = (name: string, piece: string): Hostile => ({
  name,
  make: (valid) =>
    fc
      .tuple(valid, fc.nat())
      .map(([v, i]) => (typeof v === 'string' ? v.slice(0, i % (v.length + 1)) + piece + v.slice(i % (v.length + 1)) : piece)),
});

/** Adds keys to a valid object. */
const extraKeys = (name: string, extra: () => Record<string, unknown>): Hostile => ({
  name,
  make: (valid) => valid.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.assign(extra(), v) : extra())),
});

const anyNode: Hostile[] = [
  constant('null', null),
  constant('missing', undefined),
  constant('true', true),
  constant('number 12345', 12345),
  constant('NaN', Number.NaN),
  constant('Infinity', Number.POSITIVE_INFINITY),
  constant('empty string', ''),
  constant('empty array', []),
  constant('empty object', {}),
  constant('1 MB string', megabyte),
  constant('object nested 1000 deep', deepObject),
  constant('array nested 1000 deep', deepArray),
  { name: '__proto__/constructor keys', make: () => fc.constant(null).map(protoKeys) },
];

const byKind: Record<NodeKind, Hostile[]> = {
  string: [
    inject('NUL byte', '\u0000'),
    inject('lone high surrogate', '\ud800'),
    inject('lone low surrogate', '\udfff'),
    inject('1 MB inserted', megabyte),
    constant('whitespace only', ' \t\n '),
    constant('prototype word', '__proto__'),
  ],
  number: [
    constant('-Infinity', Number.NEGATIVE_INFINITY),
    constant('negative zero', -0),
    constant('1e308', 1e308),
    constant('2^53 + 2', 2 ** 53 + 2),
    constant('-1', -1),
    constant('0.5', 0.5),
    constant('numeric string', '3'),
  ],
  boolean: [constant('string "true"', 'true'), constant('1', 1)],
  choice: [inject('NUL byte', '\u0000'), inject('lone high surrogate', '\ud800'), constant('constructor', 'constructor')],
  object: [
    extraKeys('extra __proto__/constructor keys', protoKeys),
    extraKeys('extra 1 MB field', () => ({ extra: megabyte })),
    constant('array instead', [1, 2, 3]),
  ],
  record: [
    constant('40,000 keys', wideObject),
    extraKeys('__proto__/constructor keys', protoKeys),
    extraKeys('NUL in a key', () => ({ 'a\u0000b': 1 })),
    extraKeys('lone surrogate key', () => ({ '\ud800': 1 })),
    extraKeys('1 MB key', () => ({ [megabyte]: 1 })),
  ],
  array: [
    constant('100,000 elements', Array(100_000).fill('x')),
    { name: '1 MB elements', make: () => fc.constant(Array(8).fill(megabyte)) },
  ],
  other: [],
};

/** The hostile values made for a node of this kind (a text field gets NUL bytes, a record 40,000 keys). */
export function hostileFor(kind: NodeKind): Hostile[] {
  return byKind[kind];
}

/** The hostile values that fit in place of any node: wrong types, empty values, deep nesting. */
export const hostileAnywhere: Hostile[] = anyNode;

/** A short, printable account of a value (no 1 MB strings in the log). */
export function describeValue(v: unknown, depth = 0): string {
  if (typeof v === 'string') {
    const shown = v.length > 40 ? `${v.slice(0, 20)}…<${v.length} chars>` : v;
    // JSON.stringify writes NUL and lone surrogates as \uXXXX escapes.
    return JSON.stringify(shown);
  }
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === undefined || v === null || typeof v !== 'object') return String(v);
  if (depth > 3) return Array.isArray(v) ? '[…]' : '{…}';
  if (v instanceof FormData) return `FormData${describeValue(Object.fromEntries(v), depth)}`;
  if (Array.isArray(v)) {
    const items = v.slice(0, 4).map((x) => describeValue(x, depth + 1));
    return `[${items.join(', ')}${v.length > 4 ? `, …${v.length} items` : ''}]`;
  }
  const entries = Object.entries(v);
  const shown = entries.slice(0, 8).map(([k, x]) => `${describeValue(k)}: ${describeValue(x, depth + 1)}`);
  return `{${shown.join(', ')}${entries.length > 8 ? `, …${entries.length} keys` : ''}}`;
}
