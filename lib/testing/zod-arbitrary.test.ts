import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signInSchema, signUpSchema } from '@/lib/auth/schemas';
import { createClassSchema } from '@/lib/classes-schema';
import { answerSchema, cardVersionSchema, forecastSchema, loadMoreSchema, undoSchema, unsuspendSchema } from '@/lib/review/schemas';
import { settingsSchema } from '@/lib/settings-schema';
import { nodeKind, zodArbitrary, zodPaths } from './zod-arbitrary';

const share = (schema: z.ZodType, arb: fc.Arbitrary<unknown>) => {
  const sample = fc.sample(arb, { seed: 42, numRuns: 300 });
  return sample.filter((v) => schema.safeParse(v).success).length / sample.length;
};

describe('zod → fast-check', () => {
  it('generates values the app schemas accept', () => {
    const zones = fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin');
    for (const schema of [
      // A predict run is checked against its experiment's spec by cross-field refinements
      // (lib/experiments/run-schema.ts) that the mapper cannot see: answers without a run here.
      answerSchema.omit({ run: true }),
      undoSchema,
      loadMoreSchema,
      forecastSchema,
      cardVersionSchema,
      unsuspendSchema,
    ])
      expect(share(schema, zodArbitrary(schema))).toBe(1);
    // The email is safe text piped into z.email(): the mapper sees the text, not the format.
    const email = fc.emailAddress().filter((e) => z.email().safeParse(e).success);
    for (const schema of [signInSchema, signUpSchema]) expect(share(schema, zodArbitrary(schema, { overrides: { email } }))).toBe(1);
    expect(share(answerSchema, zodArbitrary(answerSchema))).toBeGreaterThan(0.5);
    // Steps are parsed text, and the easy interval may not be below the graduating one: refinements the mapper cannot read.
    const settingsOverrides = {
      timeZone: zones,
      newSteps: fc.constantFrom('1m 10m', '10', '1h 1d'),
      relearnSteps: fc.constantFrom('', '10m', '5m 30m'),
      graduatingInterval: fc.integer({ min: 1, max: 4 }), // at most the default easy interval, which may be left out
      easyInterval: fc.integer({ min: 6, max: 365 }),
    };
    expect(share(settingsSchema, zodArbitrary(settingsSchema, { overrides: settingsOverrides }))).toBe(1);
    // trim() then min(1): a blank name is refused, and the generator makes a few.
    expect(share(createClassSchema, zodArbitrary(createClassSchema))).toBeGreaterThan(0.8);
  });

  it('honours bounds, lengths, formats and key alphabets', () => {
    const schema = z.object({
      n: z.number().int().min(3).max(5),
      x: z.number().gt(0).lt(1),
      s: z.string().min(2).max(4),
      e: z.enum(['a', 'b']),
      k: z
        .string()
        .min(8)
        .max(12)
        .regex(/^[A-Za-z0-9_:.-]+$/),
      when: z.iso.datetime({ offset: true }),
      list: z.array(z.literal(7)).min(1).max(3),
    });
    expect(share(schema, zodArbitrary(schema))).toBe(1);
  });

  it('names every path and the kind of each node', () => {
    expect(zodPaths(undoSchema)).toEqual(['', 'reviewId']);
    expect(zodPaths(answerSchema)).toContain('run');
    expect(zodPaths(answerSchema)).toContain('idempotencyKey');
    expect(nodeKind(answerSchema.shape.grade)).toBe('number');
    expect(nodeKind(settingsSchema.shape.locale)).toBe('choice');
  });

  it('replaces one node, and sends the optional fields on the way to it', () => {
    const arb = zodArbitrary(answerSchema, { replace: { path: 'run.seed', make: () => fc.constant('HOSTILE') } });
    for (const v of fc.sample(arb, { seed: 1, numRuns: 50 }) as { run: { seed: unknown } }[]) expect(v.run.seed).toBe('HOSTILE');
  });

  it('uses overrides, and throws on a zod kind it does not know', () => {
    const arb = zodArbitrary(undoSchema, { overrides: { reviewId: fc.constant('r1') } });
    expect(fc.sample(arb, { seed: 1, numRuns: 5 })).toEqual(Array(5).fill({ reviewId: 'r1' }));
    expect(() => zodArbitrary(z.object({ f: z.file() }))).toThrow(/no mapping for zod type 'file' at 'f'/);
  });
});
