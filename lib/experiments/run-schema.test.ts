import { describe, expect, it } from 'vitest';
import { answerSchema } from '@/lib/review/schemas';
import { experimentSpecs } from './registry';
import { runSchema, runSchemaFor } from './run-schema';

/** A run with every parameter at its default and every metric measured. */
function runOf(id: string) {
  const spec = experimentSpecs.find((s) => s.id === id)!;
  return {
    experimentId: spec.id,
    prediction: spec.outcomes[0]!.key,
    params: Object.fromEntries(spec.params.map((p) => [p.key, p.default])),
    seed: 7,
    metrics: Object.fromEntries(spec.metrics.map((m, i) => [m.key, i + 0.5])),
    outcome: spec.outcomes[0]!.key,
  };
}

describe('runSchema (from the registry)', () => {
  it('accepts every experiment run with default params and all metrics, and with metrics left out', () => {
    for (const spec of experimentSpecs) {
      expect(runSchema.safeParse(runOf(spec.id)).success, spec.id).toBe(true);
      expect(runSchema.safeParse({ ...runOf(spec.id), metrics: {}, params: {} }).success, spec.id).toBe(true);
    }
  });

  it('refuses unknown metric and param names, other experiments’ keys and oversized objects', () => {
    const run = runOf('conv-bias-params');
    const huge = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`m${i}`, i]));
    expect(runSchema.safeParse({ ...run, metrics: huge }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, metrics: { ...run.metrics, receptiveField: 3 } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, params: { ...run.params, groups: 2 } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, extra: 1 }).success).toBe(false);
  });

  it('keeps numbers finite and inside the spec’s ranges and choices', () => {
    const run = runOf('conv-bias-params');
    for (const v of [Infinity, -Infinity, NaN, 1e13]) {
      expect(runSchema.safeParse({ ...run, metrics: { withBias: v } }).success, String(v)).toBe(false);
    }
    expect(runSchema.safeParse({ ...run, params: { outChannels: 0 } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, params: { outChannels: 64 } }).success).toBe(true);
    expect(runSchema.safeParse({ ...run, params: { kernelSize: 2.5 } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, params: { kernelSize: '3' } }).success).toBe(false);
    const dilated = runOf('dilated-receptive-field');
    const choice = experimentSpecs.find((s) => s.id === 'dilated-receptive-field')!.params.find((p) => p.type === 'choice')!;
    expect(runSchema.safeParse({ ...dilated, params: { [choice.key]: '9,9,9' } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, seed: 1.5 }).success).toBe(false);
  });

  it('refuses parameters that are each in bounds but impossible together (a kernel wider than its padded input)', () => {
    const run = runOf('conv-output-size');
    expect(runSchema.safeParse({ ...run, params: { size: 4, padding: 0, kernelSize: 3, dilation: 4 } }).success).toBe(false);
    expect(runSchema.safeParse({ ...run, params: { size: 4, padding: 3, kernelSize: 3, dilation: 4 } }).success).toBe(true);
  });

  it('takes an outcome key or a finite number as the prediction, and an outcome key as the outcome', () => {
    const schema = runSchemaFor(experimentSpecs.find((s) => s.id === 'conv-bias-params')!);
    const run = runOf('conv-bias-params');
    for (const p of ['equals-in', '7', '-0.25', '1e3']) expect(schema.safeParse({ ...run, prediction: p }).success, p).toBe(true);
    for (const p of ['', ' ', 'NaN', 'Infinity', 'maybe', '7'.repeat(41)])
      expect(schema.safeParse({ ...run, prediction: p }).success, p).toBe(false);
    expect(schema.safeParse({ ...run, outcome: '7' }).success).toBe(false);
  });
});

describe('answerSchema text fields', () => {
  const base = {
    cardId: 'card-1',
    grade: 4,
    durationMs: 1000,
    idempotencyKey: '0b6f9a52-3c1e-4d8e-9f00-1234567890ab',
    clientAt: '2026-01-01T10:00:00.000Z',
    expectedVersion: 0,
  };

  it('accepts the keys the client makes (randomUUID, or 32 hex digits without it)', () => {
    expect(answerSchema.safeParse(base).success).toBe(true);
    expect(answerSchema.safeParse({ ...base, idempotencyKey: 'ab'.repeat(16) }).success).toBe(true);
  });

  it('refuses NUL bytes, lone surrogates and odd characters in keys and ids, so two keys never collide', () => {
    for (const key of ['key\u0000abcdef', 'key-\ud800-abcd', 'key-\udc00-abcd', 'key with spaces', 'short', 'k'.repeat(101)]) {
      expect(answerSchema.safeParse({ ...base, idempotencyKey: key }).success, JSON.stringify(key)).toBe(false);
    }
    for (const cardId of ['card\u0000', 'card\ud83d', '\udfff']) {
      expect(answerSchema.safeParse({ ...base, cardId }).success, JSON.stringify(cardId)).toBe(false);
    }
    expect(answerSchema.safeParse({ ...base, cardId: 'carte-🃏' }).success).toBe(true);
  });
});
