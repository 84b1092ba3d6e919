/**
 * fast-check arbitraries derived from zod 4 schemas, by reading `schema._zod.def`.
 * Values are near-valid: they satisfy the structure, types, lengths, bounds and string
 * formats the schema declares. Refinements (`.refine`) cannot be read and are not
 * honoured; pass an override for such a field. A zod kind this file does not know
 * throws, so a new kind of schema is noticed instead of fuzzed with the wrong shape.
 *
 * Paths name nodes: '' is the root, `run.metrics` a field, `run.metrics.*` the values
 * of a record or the elements of an array.
 */
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
type Check = { check: string; [key: string]: unknown };
type Zod = z.ZodType;

export interface ZodArbitraryOptions {
  /** Arbitraries that replace the schema's at these paths (e.g. ids that exist in the database). */
  overrides?: Record<string, fc.Arbitrary<unknown>>;
  /**
   * Replaces the value at `path` by `make(valid)`, where `valid` is the node's own arbitrary.
   * Optional fields on the way to `path` are always present, so the replacement is sent.
   */
  replace?: { path: string; make: (valid: fc.Arbitrary<unknown>, kind: NodeKind) => fc.Arbitrary<unknown> };
}

/** What a node holds, for choosing hostile values that fit it. */
export type NodeKind = 'string' | 'number' | 'boolean' | 'choice' | 'object' | 'record' | 'array' | 'other';

const defOf = (s: Zod): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (d: Def): Check[] => ((d.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Wrappers that do not change the shape of the value. */
function unwrap(s: Zod): Zod {
  const d = defOf(s);
  if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(d.type))
    return unwrap(d.innerType as Zod);
  if (d.type === 'lazy') return unwrap((d.getter as () => Zod)());
  if (d.type === 'pipe') return unwrap(pipeSource(d));
  return s;
}

/**
 * A pipe's values come from its input side, except when the input is a bare string that
 * only normalises (trim, toLowerCase) or a transform: then the output side says more.
 */
function pipeSource(d: Def): Zod {
  const input = defOf(d.in as Zod);
  const bareString = input.type === 'string' && checksOf(input).every((c) => c.check === 'overwrite') && !input.format;
  return input.type === 'transform' || (bareString && defOf(d.out as Zod).type === 'string') ? (d.out as Zod) : (d.in as Zod);
}

export function nodeKind(s: Zod): NodeKind {
  const t = defOf(unwrap(s)).type;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'object' || t === 'record' || t === 'array') return t;
  if (t === 'enum' || t === 'literal') return 'choice';
  return 'other';
}

/** Every node of a value of this schema, with its path and kind, the root ('') first. */
export function zodNodes(schema: Zod, path = ''): { path: string; kind: NodeKind }[] {
  const out = [{ path, kind: nodeKind(schema) }];
  const d = defOf(unwrap(schema));
  if (d.type === 'object') for (const [k, v] of Object.entries(d.shape as Record<string, Zod>)) out.push(...zodNodes(v, join(path, k)));
  if (d.type === 'record') out.push(...zodNodes(d.valueType as Zod, join(path, '*')));
  if (d.type === 'array') out.push(...zodNodes(d.element as Zod, join(path, '*')));
  return out;
}

/** Every path a value of this schema has, the root ('') first. */
export const zodPaths = (schema: Zod): string[] => zodNodes(schema).map((n) => n.path);

export function zodArbitrary(schema: Zod, options: ZodArbitraryOptions = {}, path = ''): fc.Arbitrary<unknown> {
  const override = options.overrides?.[path];
  const valid = override ?? build(schema, options, path);
  if (options.replace?.path === path) return options.replace.make(valid, nodeKind(schema));
  return valid;
}

const leadsTo = (options: ZodArbitraryOptions, path: string) =>
  options.replace !== undefined && (options.replace.path === path || options.replace.path.startsWith(`${path}.`));

function build(schema: Zod, options: ZodArbitraryOptions, path: string): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const inner = (s: Zod) => zodArbitrary(s, options, path);
  switch (d.type) {
    case 'string':
      return stringArbitrary(d);
    case 'number':
      return numberArbitrary(d);
    case 'boolean':
      return d.coerce ? fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'on', '')) : fc.boolean();
    case 'bigint':
      return fc.bigInt();
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'any':
    case 'unknown':
    case 'transform':
      return fc.jsonValue();
    case 'optional':
      return leadsTo(options, path) ? inner(d.innerType as Zod) : fc.option(inner(d.innerType as Zod), { nil: undefined });
    case 'nullable':
      return leadsTo(options, path) ? inner(d.innerType as Zod) : fc.option(inner(d.innerType as Zod), { nil: null });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(d.innerType as Zod);
    case 'lazy':
      return inner((d.getter as () => Zod)());
    case 'pipe':
      return stringboolPipe(d) ?? inner(pipeSource(d));
    case 'union':
      return fc.oneof(...(d.options as Zod[]).map(inner));
    case 'tuple':
      return fc.tuple(...(d.items as Zod[]).map(inner));
    case 'object': {
      const shape = d.shape as Record<string, Zod>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        const p = join(path, k);
        model[k] = zodArbitrary(v, options, p);
        // Optional fields are left out now and then, as a form leaves out an empty field.
        if (!['optional', 'default', 'prefault'].includes(defOf(v).type) || leadsTo(options, p)) requiredKeys.push(k);
      }
      return fc.record(model, { requiredKeys });
    }
    case 'record': {
      const p = join(path, '*');
      const key = zodArbitrary(d.keyType as Zod, {}, p) as fc.Arbitrary<string>;
      const minKeys = leadsTo(options, p) ? 1 : 0;
      return fc.dictionary(key, zodArbitrary(d.valueType as Zod, options, p), { minKeys, maxKeys: 6 });
    }
    case 'array': {
      const { min, max } = lengths(d);
      const p = join(path, '*');
      const minLength = Math.max(min, leadsTo(options, p) ? 1 : 0);
      return fc.array(zodArbitrary(d.element as Zod, options, p), { minLength, maxLength: Math.min(max, minLength + 8) });
    }
    default:
      throw new Error(`zodArbitrary: no mapping for zod type '${d.type}' at '${path || '(root)'}'`);
  }
}

/** z.stringbool(): a string pipe into a boolean. Sends the spellings a form sends. */
function stringboolPipe(d: Def): fc.Arbitrary<unknown> | undefined {
  if (defOf(d.in as Zod).type !== 'string' || defOf(d.out as Zod).type !== 'boolean') return undefined;
  return fc.constantFrom('true', 'false', 'on', 'off', '1', '0', 'yes', 'no');
}

function lengths(d: Def): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const c of checksOf(d)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum as number);
    if (c.check === 'max_length') max = Math.min(max, c.maximum as number);
    if (c.check === 'length_equals') min = max = c.length as number;
  }
  return { min, max };
}

const text = (minLength: number, maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength }) },
    // zod counts UTF-16 units, fast-check graphemes: keep the ones that fit.
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }).filter((s) => s.length <= maxLength) },
  );

/** Addresses zod's (deliberately narrow) email check accepts; fc.emailAddress() mostly fails it. */
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,12}[a-z0-9])?$/),
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.constantFrom('com', 'org', 'example'),
  )
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

function stringArbitrary(d: Def): fc.Arbitrary<unknown> {
  const { min, max } = lengths(d);
  const maxLength = Math.min(max, min + 40);
  const formats = [d.format, ...checksOf(d).map((c) => (c.check === 'string_format' ? c.format : undefined))].filter(Boolean);
  const pattern = [d, ...checksOf(d)].find((c) => c.format === 'regex')?.pattern as RegExp | undefined;
  let base: fc.Arbitrary<string>;
  if (pattern) base = regexString(pattern, min, maxLength);
  else if (formats.includes('email')) base = email;
  else if (formats.includes('datetime'))
    base = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((x) => x.toISOString());
  else if (formats.includes('date'))
    base = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((x) => x.toISOString().slice(0, 10));
  else if (formats.includes('uuid') || formats.includes('guid')) base = fc.uuid();
  else if (formats.includes('url')) base = fc.webUrl();
  else base = text(min, maxLength);
  const coerced = d.coerce ? fc.oneof(base, fc.integer()) : base;
  return coerced;
}

/** A regex of one character class repeated (`^[A-Z0-9_]+$`) honours the length bounds too. */
function regexString(pattern: RegExp, min: number, maxLength: number): fc.Arbitrary<string> {
  const single = /^\^(\[[^\]]+\])[+*]\$$/.exec(pattern.source);
  if (single) {
    const unit = fc.stringMatching(new RegExp(`^${single[1]}$`, pattern.flags));
    return fc.string({ unit, minLength: Math.max(min, 1), maxLength: Math.max(maxLength, min, 1) });
  }
  return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= Math.max(maxLength, min));
}

function numberArbitrary(d: Def): fc.Arbitrary<unknown> {
  let lo = -Number.MAX_SAFE_INTEGER;
  let hi = Number.MAX_SAFE_INTEGER;
  let loOpen = false;
  let hiOpen = false;
  let int = false;
  for (const c of checksOf(d)) {
    if (c.check === 'greater_than') [lo, loOpen] = [c.value as number, !c.inclusive];
    if (c.check === 'less_than') [hi, hiOpen] = [c.value as number, !c.inclusive];
    if (c.check === 'number_format' && ['safeint', 'int32', 'uint32'].includes(c.format as string)) int = true;
  }
  let base: fc.Arbitrary<number>;
  if (int) {
    const min = Math.ceil(loOpen ? lo + 1 : lo);
    const max = Math.floor(hiOpen ? hi - 1 : hi);
    const i32 = (v: number) => Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, v));
    // Small values near the lower bound are the interesting ones (versions, grades, counts).
    const near = fc.integer({ min: i32(Math.max(min, -8)), max: i32(Math.min(max, Math.max(min, -8) + 16)) });
    const wide = fc.maxSafeInteger().map((v) => Math.min(max, Math.max(min, v)));
    base = min > 2 ** 31 - 1 || max < -(2 ** 31) ? wide : fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: wide });
  } else {
    base = fc.double({
      min: Math.max(lo, -1e15),
      max: Math.min(hi, 1e15),
      minExcluded: loOpen,
      maxExcluded: hiOpen,
      noNaN: true,
      noDefaultInfinity: true,
    });
  }
  // z.coerce.number() reads form fields: send the number as text too.
  return d.coerce ? fc.oneof(base, base.map(String)) : base;
}
