// The answer storm: every learner answers in order through the review client's own outbox
// (lib/review/offline-queue.ts: retry with the same key until the server settles it), with
// random client timeouts (the request goes on, the client retries beside it) and 10%
// duplicate resubmissions of an acknowledged answer.
import { Outbox, type AnswerResult } from '@/lib/review/offline-queue';
import type { AnswerInput } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';
import { callAction, type Action } from './client';
import type { SeededLearner } from './seed';
import type { ClientRecord } from './verify';

export type SignedIn = SeededLearner & { cookie: string; versions: Map<string, number> };

export type StormStats = {
  responses: Map<number, number>;
  /** Responses of 500 or more, and replies that were not a typed result. */
  bad: string[];
  /** Typed errors by name (`failed` is retried by the outbox; anything definitive is a problem). */
  typed: Map<string, number>;
  rejected: string[];
  networkErrors: number;
  clientTimeouts: number;
  duplicatesSent: number;
  duplicateMismatches: string[];
  acked: number;
};

export const newStats = (): StormStats => ({
  responses: new Map(),
  bad: [],
  typed: new Map(),
  rejected: [],
  networkErrors: 0,
  clientTimeouts: 0,
  duplicatesSent: 0,
  duplicateMismatches: [],
  acked: 0,
});

/** mulberry32: a seeded generator, so a failing run can be repeated. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type StormOptions = {
  base: () => string;
  answer: Action;
  learners: SignedIn[];
  answersEach: number;
  tag: string;
  seed: number;
  record: ClientRecord;
  stats: StormStats;
  /** Called after every acknowledged answer with the count so far. */
  onAck?: (acked: number) => void;
  deadlineMs: number;
};

async function send(o: StormOptions, l: SignedIn, input: AnswerInput): Promise<AnswerResult> {
  const res = await callAction(o.base(), o.answer, [input], l.cookie).catch(() => null);
  const s = o.stats;
  if (!res) {
    s.networkErrors++;
    throw new Error('network');
  }
  s.responses.set(res.status, (s.responses.get(res.status) ?? 0) + 1);
  const value = res.reply?.kind === 'value' ? (res.reply.value as AnswerResult) : null;
  if (res.status >= 500 || !value || typeof value.ok !== 'boolean') {
    s.bad.push(`${input.idempotencyKey}: HTTP ${res.status}, ${res.reply ? res.reply.kind : 'no RSC reply'}`);
    throw new Error(`HTTP ${res.status}`);
  }
  if (!value.ok) s.typed.set(value.error, (s.typed.get(value.error) ?? 0) + 1);
  return value;
}

async function learner(o: StormOptions, l: SignedIn, random: () => number): Promise<void> {
  const sent = o.record.sent.get(l.id) ?? new Set<string>();
  o.record.sent.set(l.id, sent);
  const outbox = new Outbox({
    storage: null,
    userId: l.id,
    baseDelayMs: 50,
    maxDelayMs: 1000,
    timeoutMs: 20_000,
    // A random client timeout: the client gives up waiting and retries, while the first request goes on.
    send: (input) => {
      const request = send(o, l, input);
      if (random() >= 0.05) return request;
      request.catch(() => {});
      return new Promise((_, reject) =>
        setTimeout(() => {
          o.stats.clientTimeouts++;
          reject(new Error('client timeout'));
        }, random() * 30),
      );
    },
  });
  try {
    for (let i = 0; i < o.answersEach; i++) {
      if (Date.now() > o.deadlineMs) throw new Error('the storm ran past its deadline');
      const card = l.cards[i % l.cards.length]!;
      const input: AnswerInput = {
        cardId: card.cardId,
        grade: Math.floor(random() * 6) as Grade,
        durationMs: 500 + Math.floor(random() * 9000),
        idempotencyKey: `${o.tag}-${i}-${l.id.slice(-8)}-${Math.floor(random() * 1e9).toString(36)}`,
        clientAt: new Date().toISOString(),
        expectedVersion: l.versions.get(card.cardId) ?? 1,
      };
      sent.add(input.idempotencyKey);
      outbox.enqueue(input);
      const settled = await Promise.race([
        outbox.settled(input.idempotencyKey),
        new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, o.deadlineMs - Date.now()))),
      ]);
      if (!settled) throw new Error(`${l.email}: answer ${i} was not settled before the deadline`);
      if (settled.type !== 'ack') {
        o.stats.rejected.push(`${l.email}: ${input.idempotencyKey} ${settled.type} ${'error' in settled ? settled.error : ''}`);
        continue;
      }
      l.versions.set(card.cardId, settled.ack.version);
      o.record.acked.set(`${l.id}/${input.idempotencyKey}`, settled.ack.reviewId);
      o.stats.acked++;
      o.onAck?.(o.stats.acked);
      if (random() < 0.1) await resubmit(o, l, input, settled.ack.reviewId);
    }
  } finally {
    outbox.dispose();
  }
}

/** The same answer again, as a double click or a resent outbox would: must come back as that answer. */
async function resubmit(o: StormOptions, l: SignedIn, input: AnswerInput, reviewId: string): Promise<void> {
  o.stats.duplicatesSent++;
  while (Date.now() < o.deadlineMs) {
    const r = await send(o, l, input).catch(() => null);
    if (!r || (!r.ok && r.error === 'failed')) {
      await new Promise((res) => setTimeout(res, 100)); // the server is down or restarting: try again
      continue;
    }
    if (!r.ok || !r.data.duplicate || r.data.reviewId !== reviewId)
      o.stats.duplicateMismatches.push(`${input.idempotencyKey}: ${JSON.stringify(r).slice(0, 200)}`);
    return;
  }
}

export async function storm(o: StormOptions): Promise<void> {
  await Promise.all(o.learners.map((l, i) => learner(o, l, rng(o.seed * 7919 + i))));
}
