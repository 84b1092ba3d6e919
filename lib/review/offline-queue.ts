/**
 * The answer outbox: every answer is written to storage before it is sent, and leaves
 * only when the server has acknowledged it (ok, or a duplicate of its idempotency key)
 * or refused it for good (conflict, invalid, key reused, not found, forbidden). Anything else
 * (network error, timeout, 'failed', signed out) is retried with the same key after a
 * capped exponential backoff, and survives a reload or a crash in localStorage.
 *
 * Answers are sent one at a time in the order given: two answers to the same card
 * (a same-day repeat) must reach the server in order or the second would conflict.
 * Two tabs share one user's outbox; entries are removed by key, and sending an entry
 * the other tab already sent is harmless because the server is idempotent per key.
 * Pure: no React, no DOM beyond the injected storage and timers.
 */
import type { AnswerAck, AnswerInput, ConflictInfo } from './types';

/** The part of `Storage` (localStorage) the outbox uses; a Map-backed object in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What `answerCard` resolves to (an `ActionResult<AnswerAck>` or a conflict). */
export type AnswerResult =
  | { ok: true; data: AnswerAck }
  | { ok: false; error: string; conflict?: ConflictInfo; message?: string; fieldErrors?: Record<string, string[]> };

export interface OutboxEntry {
  input: AnswerInput;
  /** Sends tried so far. */
  attempts: number;
}

export type Settlement =
  | { type: 'ack'; input: AnswerInput; ack: AnswerAck }
  | { type: 'rejected'; input: AnswerInput; error: string; conflict?: ConflictInfo }
  | { type: 'cancelled'; input: AnswerInput };

export interface OutboxOptions {
  storage: StorageLike | null;
  userId: string;
  send: (input: AnswerInput) => Promise<AnswerResult>;
  /** Called once per entry settled by this outbox, and on every change of the pending list. */
  onSettled?: (s: Settlement) => void;
  onChange?: (pending: OutboxEntry[]) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A send that has not answered by then counts as a network failure (and is retried). */
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Errors after which resending the same answer can never succeed. */
// `key_reused`: the key already stands for another answer; resending it never records this one.
const DEFINITIVE = new Set(['conflict', 'invalid', 'key_reused', 'not_found', 'forbidden']);

export const outboxKey = (userId: string) => `recall-lab:outbox:v1:${userId}`;

/** Delay before retry number `attempts` (1-based): base·2^(attempts−1), capped at max. */
export function backoffDelay(attempts: number, baseMs = 1000, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

export class Outbox {
  private readonly key: string;
  private memory: OutboxEntry[] = [];
  private inFlight: string | null = null;
  private flushing = false;
  private timer: unknown = null;
  private disposed = false;
  private readonly waiters = new Map<string, ((s: Settlement) => void)[]>();
  /** The latest settlements, for settled() calls that come after the fact. Bounded. */
  private readonly recent = new Map<string, Settlement>();

  constructor(private readonly opts: OutboxOptions) {
    this.key = outboxKey(opts.userId);
    this.memory = this.read();
  }

  /** Entries not yet settled, oldest first (read from storage, so another tab's entries count too). */
  pending(): OutboxEntry[] {
    return this.read();
  }

  isInFlight(idempotencyKey: string): boolean {
    return this.inFlight === idempotencyKey;
  }

  /** Some answer has failed to send and waits for a retry (what a sync indicator should show). */
  stalled(): boolean {
    return this.read().some((e) => e.attempts > 0 && e.input.idempotencyKey !== this.inFlight);
  }

  /** Persists the answer, then sends it (after the ones before it). */
  enqueue(input: AnswerInput): void {
    const entries = this.read().filter((e) => e.input.idempotencyKey !== input.idempotencyKey);
    this.write([...entries, { input, attempts: 0 }]);
    void this.flush();
  }

  /**
   * Removes an answer that was never sent (so the server cannot have it). Returns false
   * once it has been sent at least once: the caller must wait for its settlement instead.
   */
  cancel(idempotencyKey: string): boolean {
    const entries = this.read();
    const entry = entries.find((e) => e.input.idempotencyKey === idempotencyKey);
    if (!entry || entry.attempts > 0 || this.inFlight === idempotencyKey) return false;
    this.write(entries.filter((e) => e !== entry));
    this.settle({ type: 'cancelled', input: entry.input });
    return true;
  }

  /**
   * Resolves when this outbox settles the entry (never, if it stays pending: e.g. offline).
   * An entry settled before the call resolves at once: a caller that learns of an answer
   * from React state can be a render behind the outbox.
   */
  settled(idempotencyKey: string): Promise<Settlement> {
    const done = this.recent.get(idempotencyKey);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => {
      const list = this.waiters.get(idempotencyKey) ?? [];
      list.push(resolve);
      this.waiters.set(idempotencyKey, list);
    });
  }

  /** Sends pending entries in order until one fails retryably (then a retry is scheduled) or all are settled. */
  async flush(): Promise<void> {
    if (this.flushing || this.disposed) return;
    this.flushing = true;
    if (this.timer !== null) {
      this.clear(this.timer);
      this.timer = null;
    }
    try {
      for (;;) {
        const entry = this.read()[0];
        if (!entry || this.disposed) return;
        const retryAfter = await this.sendOne(entry);
        if (retryAfter !== null) {
          if (!this.disposed) this.timer = this.set(() => void this.flush(), retryAfter);
          return;
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Stops retrying (entries stay in storage for the next page load). */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.clear(this.timer);
    this.timer = null;
  }

  /** Sends one entry; returns null when it was settled, or the delay before retrying it. */
  private async sendOne(entry: OutboxEntry): Promise<number | null> {
    const { input } = entry;
    const attempts = entry.attempts + 1;
    this.inFlight = input.idempotencyKey;
    this.update(input.idempotencyKey, attempts);
    let result: AnswerResult | null;
    try {
      result = await this.withTimeout(this.opts.send(input));
    } catch {
      result = null;
    } finally {
      this.inFlight = null;
    }
    if (result?.ok) {
      this.remove(input.idempotencyKey);
      this.settle({ type: 'ack', input, ack: result.data });
      return null;
    }
    if (result && DEFINITIVE.has(result.error)) {
      this.remove(input.idempotencyKey);
      this.settle({ type: 'rejected', input, error: result.error, conflict: result.conflict });
      return null;
    }
    this.opts.onChange?.(this.read());
    return backoffDelay(attempts, this.opts.baseDelayMs, this.opts.maxDelayMs);
  }

  private withTimeout<T>(p: Promise<T>): Promise<T | null> {
    const ms = this.opts.timeoutMs ?? 20_000;
    return new Promise((resolve, reject) => {
      const handle = this.set(() => resolve(null), ms);
      p.then(
        (v) => (this.clear(handle), resolve(v)),
        (e: unknown) => (this.clear(handle), reject(e)),
      );
    });
  }

  private settle(s: Settlement): void {
    const key = s.input.idempotencyKey;
    const list = this.waiters.get(key) ?? [];
    this.waiters.delete(key);
    this.recent.set(key, s);
    if (this.recent.size > 500) this.recent.delete(this.recent.keys().next().value!);
    this.opts.onSettled?.(s);
    for (const resolve of list) resolve(s);
  }

  private update(idempotencyKey: string, attempts: number): void {
    this.write(this.read().map((e) => (e.input.idempotencyKey === idempotencyKey ? { ...e, attempts } : e)));
  }

  private remove(idempotencyKey: string): void {
    this.write(this.read().filter((e) => e.input.idempotencyKey !== idempotencyKey));
  }

  private read(): OutboxEntry[] {
    const { storage } = this.opts;
    if (!storage) return this.memory;
    try {
      const raw = storage.getItem(this.key);
      if (raw === null) return [];
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      // Storage unreadable (private mode, quota, corrupt JSON): fall back to this tab's copy.
      return this.memory;
    }
  }

  private write(entries: OutboxEntry[]): void {
    this.memory = entries;
    const { storage } = this.opts;
    try {
      if (entries.length === 0) storage?.removeItem(this.key);
      else storage?.setItem(this.key, JSON.stringify(entries));
    } catch {
      // Keep going on the in-memory copy; the answers are still sent.
    }
    this.opts.onChange?.(entries);
  }

  private set(fn: () => void, ms: number): unknown {
    return (this.opts.setTimer ?? ((f, t) => setTimeout(f, t)))(fn, ms);
  }

  private clear(handle: unknown): void {
    (this.opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(handle);
  }
}

function isEntry(x: unknown): x is OutboxEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Partial<OutboxEntry>;
  return typeof e.attempts === 'number' && typeof e.input?.idempotencyKey === 'string' && typeof e.input.cardId === 'string';
}
