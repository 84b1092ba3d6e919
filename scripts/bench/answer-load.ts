// The two load shapes against the answer path, both sending the real server action:
// closed loop with autocannon (C connections, each answering as fast as it can) and open
// loop with a timer (answers arrive at a fixed rate, whether or not earlier ones returned).
import autocannon from 'autocannon';
import { actionReply, type ActionReply } from '../../e2e/server-actions';
import type { AnswerResult } from '@/lib/review/offline-queue';
import type { AnswerInput } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';
import { callAction, type Action } from '../reliability/client';
import type { SignedIn } from '../reliability/storm';

export type LoadResult = {
  shape: string;
  seconds: number;
  answers: number;
  throughput: number;
  latencyMs: Record<string, number>;
  errors: Record<string, number>;
};

let keys = 0;
function nextAnswer(l: SignedIn, turn: number): AnswerInput {
  const card = l.cards[turn % l.cards.length]!;
  return {
    cardId: card.cardId,
    grade: (3 + (turn % 3)) as Grade,
    durationMs: 2000,
    idempotencyKey: `bench-${process.pid}-${++keys}-${l.id.slice(-6)}`,
    clientAt: new Date().toISOString(),
    expectedVersion: l.versions.get(card.cardId) ?? 1,
  };
}

const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Reads the action's typed result; counts anything but ok as an error by name. */
function settle(l: SignedIn, status: number, reply: ActionReply | null, errors: Record<string, number>): boolean {
  if (status !== 200) return (count(errors, `HTTP ${status}`), false);
  const value = reply?.kind === 'value' ? (reply.value as AnswerResult | null) : null;
  if (!value || typeof value.ok !== 'boolean') return (count(errors, 'no result'), false);
  if (!value.ok) {
    // A conflict carries the card's current version: the learner's next answer to it uses that.
    if (value.conflict) l.versions.set(value.conflict.cardId, value.conflict.version);
    return (count(errors, value.error), false);
  }
  l.versions.set(value.data.cardId, value.data.version);
  return true;
}

const parse = (body: Buffer): ActionReply | null => {
  try {
    return actionReply(body);
  } catch {
    return null;
  }
};

/** Closed loop: `connections` learners at a time, each sending its next answer as soon as the last returns. */
export async function closedLoop(base: string, a: Action, learners: SignedIn[], connections: number, seconds: number): Promise<LoadResult> {
  const free = [...learners];
  const turns = new Map<string, number>();
  const errors: Record<string, number> = {};
  type Ctx = { learner?: SignedIn };
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: a.page,
        setupRequest: (req: autocannon.Request, ctx: Ctx) => {
          // Each learner answers one at a time: take a free one (a learner left holding by an error is reused at random).
          const l = free.shift() ?? learners[Math.floor(Math.random() * learners.length)]!;
          ctx.learner = l;
          const turn = (turns.get(l.id) ?? 0) + 1;
          turns.set(l.id, turn);
          req.headers = {
            'Next-Action': a.id,
            Origin: base,
            Accept: 'text/x-component',
            'Content-Type': 'text/plain;charset=UTF-8',
            Cookie: l.cookie,
          };
          req.body = JSON.stringify([nextAnswer(l, turn)]);
          return req;
        },
        onResponse: (status: number, body: string, ctx: Ctx) => {
          const l = ctx.learner;
          if (!l) return;
          settle(l, status, parse(Buffer.from(body)), errors);
          free.push(l);
          ctx.learner = undefined;
        },
      },
    ],
  } as autocannon.Options);
  const failed = Object.values(errors).reduce((s, n) => s + n, 0);
  if (result.errors) errors['network/timeout'] = result.errors + result.timeouts;
  const answers = result.requests.total - failed;
  return {
    shape: `closed loop, ${connections} connections`,
    seconds,
    answers,
    throughput: answers / seconds,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      'p97.5': result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors,
  };
}

/** Requests/s of /api/health (a route handler that returns a constant): what the framework alone costs per request. */
export async function emptyRoute(base: string, connections: number, seconds: number): Promise<number> {
  const r = await autocannon({ url: `${base}/api/health`, connections, duration: seconds, timeout: 30 });
  return r.requests.total / seconds;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Open loop: `rate` answers per second at fixed times, learners in turn (2,000 learners at 200/s: each every 10 s). */
export async function openLoop(base: string, a: Action, learners: SignedIn[], rate: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const total = Math.round(rate * seconds);
  let sent = 0;
  let behind = 0;
  while (sent < total) {
    const due = start + (sent * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    else if (wait < -50) behind++;
    const l = learners[sent % learners.length]!;
    const turn = Math.floor(sent / learners.length) + 1;
    sent++;
    const t0 = performance.now();
    const p = callAction(base, a, [nextAnswer(l, turn)], l.cookie)
      .then(
        (res) => {
          if (settle(l, res.status, res.reply, errors)) latencies.push(performance.now() - t0);
        },
        () => void count(errors, 'network/timeout'),
      )
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((x, y) => x - y);
  if (behind) errors['sender late >50 ms'] = behind;
  return {
    shape: `open loop, ${rate}/s from ${learners.length} learners`,
    seconds: elapsed,
    answers: latencies.length,
    throughput: latencies.length / elapsed,
    latencyMs: { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: latencies.at(-1) ?? NaN },
    errors,
  };
}
