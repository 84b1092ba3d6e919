import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, Outbox, outboxKey, type AnswerResult, type Settlement, type StorageLike } from './offline-queue';
import type { AnswerInput, SerializedState } from './types';

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

const state: SerializedState = {
  ef: 2.5,
  interval: 1,
  repetitions: 1,
  due: '2026-01-02T04:00:00.000Z',
  lastReview: '2026-01-01T10:00:00.000Z',
  lapses: 0,
  repeatToday: false,
  suspended: false,
  buriedUntil: null,
  leech: false,
};

const answer = (key: string, cardId = `card-${key}`): AnswerInput => ({
  cardId,
  grade: 4,
  durationMs: 1000,
  idempotencyKey: key,
  clientAt: '2026-01-01T10:00:00.000Z',
  expectedVersion: 0,
});
const ack = (input: AnswerInput, duplicate = false): AnswerResult => ({
  ok: true,
  data: { reviewId: `r-${input.idempotencyKey}`, cardId: input.cardId, state, version: 1, duplicate },
});

function setup(send: (input: AnswerInput) => Promise<AnswerResult>, storage = new MapStorage()) {
  const settled: Settlement[] = [];
  const outbox = new Outbox({ storage, userId: 'u1', send, onSettled: (s) => settled.push(s), baseDelayMs: 1000, maxDelayMs: 8000 });
  return { outbox, storage, settled };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('Outbox', () => {
  it('persists before sending and removes on ack', async () => {
    let resolve!: (r: AnswerResult) => void;
    const { outbox, storage, settled } = setup(() => new Promise((r) => (resolve = r)));
    outbox.enqueue(answer('a'));
    expect(JSON.parse(storage.getItem(outboxKey('u1'))!)).toHaveLength(1);
    expect(outbox.isInFlight('a')).toBe(true);
    resolve(ack(answer('a')));
    await vi.runAllTimersAsync();
    expect(storage.getItem(outboxKey('u1'))).toBeNull();
    expect(settled.map((s) => s.type)).toEqual(['ack']);
  });

  it('retries network failures with the same key and a capped exponential backoff', async () => {
    const calls: { key: string; at: number }[] = [];
    let fails = 5;
    const { outbox, settled } = setup(async (input) => {
      calls.push({ key: input.idempotencyKey, at: Date.now() });
      if (fails-- > 0) throw new Error('offline');
      return ack(input);
    });
    const start = Date.now();
    outbox.enqueue(answer('k'));
    expect(outbox.stalled()).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(outbox.stalled()).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(outbox.stalled()).toBe(false);
    expect(calls.map((c) => c.key)).toEqual(['k', 'k', 'k', 'k', 'k', 'k']);
    expect(calls.map((c) => c.at - start)).toEqual([0, 1000, 3000, 7000, 15000, 23000]);
    expect(settled).toHaveLength(1);
    expect(outbox.pending()).toEqual([]);
  });

  it('treats a hanging request as a failure and a late duplicate ack as success', async () => {
    let n = 0;
    const { outbox, settled } = setup((input) => (n++ === 0 ? new Promise(() => {}) : Promise.resolve(ack(input, true))));
    outbox.enqueue(answer('slow'));
    await vi.advanceTimersByTimeAsync(25_000);
    expect(n).toBe(2);
    expect(settled[0]).toMatchObject({ type: 'ack', ack: { duplicate: true } });
  });

  it('keeps retrying server failures but drops definitive refusals, reporting them', async () => {
    const results: Record<string, AnswerResult> = {
      c: { ok: false, error: 'conflict', conflict: { cardId: 'card-c', state, version: 3 } },
      i: { ok: false, error: 'invalid' },
      f: { ok: false, error: 'failed' },
    };
    const { outbox, settled } = setup(async (input) => results[input.idempotencyKey]!);
    outbox.enqueue(answer('c'));
    outbox.enqueue(answer('i'));
    outbox.enqueue(answer('f'));
    await vi.advanceTimersByTimeAsync(100);
    expect(settled.map((s) => [s.type, s.type === 'rejected' ? s.error : ''])).toEqual([
      ['rejected', 'conflict'],
      ['rejected', 'invalid'],
    ]);
    expect(settled[0]).toMatchObject({ conflict: { version: 3 } });
    expect(outbox.pending().map((e) => e.input.idempotencyKey)).toEqual(['f']);
  });

  it('drops an answer whose key the server says stands for another answer (key_reused), never resending it', async () => {
    let sends = 0;
    const { outbox, settled } = setup(async () => {
      sends += 1;
      return { ok: false, error: 'key_reused' };
    });
    outbox.enqueue(answer('reused'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sends).toBe(1);
    expect(settled).toEqual([expect.objectContaining({ type: 'rejected', error: 'key_reused' })]);
    expect(outbox.pending()).toEqual([]);
  });

  it('sends in order, one at a time', async () => {
    const order: string[] = [];
    let active = 0;
    const { outbox } = setup(async (input) => {
      active += 1;
      expect(active).toBe(1);
      await new Promise((r) => setTimeout(r, 10));
      order.push(input.idempotencyKey);
      active -= 1;
      return ack(input);
    });
    for (const k of ['1', '2', '3']) outbox.enqueue(answer(k, 'same-card'));
    await vi.runAllTimersAsync();
    expect(order).toEqual(['1', '2', '3']);
  });

  it('survives a reload: a new outbox on the same storage flushes the leftovers', async () => {
    const storage = new MapStorage();
    const first = setup(() => Promise.reject(new Error('offline')), storage);
    first.outbox.enqueue(answer('x'));
    first.outbox.enqueue(answer('y'));
    await vi.advanceTimersByTimeAsync(10);
    first.outbox.dispose();
    const sent: string[] = [];
    const second = setup(async (input) => (sent.push(input.idempotencyKey), ack(input)), storage);
    expect(second.outbox.pending().map((e) => e.input.idempotencyKey)).toEqual(['x', 'y']);
    await second.outbox.flush();
    expect(sent).toEqual(['x', 'y']);
    expect(storage.map.size).toBe(0);
  });

  it('keeps users apart', () => {
    const storage = new MapStorage();
    const a = new Outbox({ storage, userId: 'a', send: () => new Promise(() => {}) });
    a.enqueue(answer('1'));
    expect(new Outbox({ storage, userId: 'b', send: () => new Promise(() => {}) }).pending()).toEqual([]);
  });

  it('two tabs: both may send an entry; the idempotent server makes it harmless and both end empty', async () => {
    const storage = new MapStorage();
    const applied = new Set<string>();
    const server = async (input: AnswerInput) => {
      const duplicate = applied.has(input.idempotencyKey);
      applied.add(input.idempotencyKey);
      return ack(input, duplicate);
    };
    const tab1 = setup(server, storage);
    const tab2 = setup(server, storage);
    tab1.outbox.enqueue(answer('a'));
    tab2.outbox.enqueue(answer('b'));
    void tab2.outbox.flush();
    await vi.runAllTimersAsync();
    expect(applied).toEqual(new Set(['a', 'b']));
    expect(tab1.outbox.pending()).toEqual([]);
    expect(tab2.outbox.pending()).toEqual([]);
  });

  it('cancels only an answer never sent; settled() resolves for one that was', async () => {
    let resolve!: (r: AnswerResult) => void;
    const { outbox } = setup(() => new Promise((r) => (resolve = r)));
    outbox.enqueue(answer('sent'));
    outbox.enqueue(answer('queued'));
    expect(outbox.cancel('queued')).toBe(true);
    expect(outbox.cancel('sent')).toBe(false);
    const settled = outbox.settled('sent');
    resolve(ack(answer('sent')));
    await expect(settled).resolves.toMatchObject({ type: 'ack', ack: { reviewId: 'r-sent' } });
    expect(outbox.pending()).toEqual([]);
  });

  it('settled() also resolves for an entry settled before the call (a caller a render behind)', async () => {
    const { outbox } = setup(async (input) => ack(input));
    outbox.enqueue(answer('early'));
    await vi.runAllTimersAsync();
    expect(outbox.pending()).toEqual([]);
    await expect(outbox.settled('early')).resolves.toMatchObject({ type: 'ack', ack: { reviewId: 'r-early' } });
  });

  it('works without storage and with corrupt storage', async () => {
    const storage = new MapStorage();
    storage.setItem(outboxKey('u1'), '{not json');
    const { outbox, settled } = setup(async (input) => ack(input), storage);
    expect(outbox.pending()).toEqual([]);
    outbox.enqueue(answer('z'));
    await vi.runAllTimersAsync();
    expect(settled).toHaveLength(1);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and never passes the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (n, base, max) => {
          const d = backoffDelay(n, base, max);
          return d <= max && d >= Math.min(base, max) && backoffDelay(n + 1, base, max) >= d;
        },
      ),
    );
  });
});
