// Two app instances on one PostgreSQL with the load split between them: throughput of
// both together against one alone, the same answer sent to both at once (recorded once),
// and the sign-in limit counted across both (failures on either add up).
import pg from 'pg';
import { actionReply } from '../../e2e/server-actions';
import type { AnswerResult } from '@/lib/review/offline-queue';
import { AppProcess } from '../reliability/app';
import { callAction, type Action } from '../reliability/client';
import { freePort } from '../reliability/ports';
import { learnerPassword } from '../reliability/seed';
import type { SignedIn } from '../reliability/storm';
import { closedLoop, type LoadResult } from './answer-load';

type Report = (section: string, name: string, value: string, data?: unknown) => void;

/** One sign-in attempt through the form's action: 'ok', or the form error it returned. */
async function signInOnce(base: string, a: Action, email: string, password: string): Promise<string> {
  const form = new FormData();
  form.append('_1_email', email);
  form.append('_1_password', password);
  form.append('0', JSON.stringify([{}, '$K1']));
  const res = await fetch(base + a.page, {
    method: 'POST',
    headers: { 'Next-Action': a.id, Origin: base, Accept: 'text/x-component' },
    body: form,
    redirect: 'manual',
  });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.headers.getSetCookie().some((c) => /authjs\.session-token=[^;]/.test(c))) return 'ok';
  const r = actionReply(body);
  return r.kind === 'value' ? String((r.value as { formError?: string } | null)?.formError ?? 'none') : r.kind;
}

export async function benchTwoInstances(
  first: AppProcess,
  env: Record<string, string>,
  logFile: string,
  actions: { answer: Action; signIn: Action },
  learners: SignedIn[],
  single: LoadResult,
  connections: number,
  seconds: number,
  report: Report,
): Promise<void> {
  const second = new AppProcess(await freePort(), env, logFile);
  await second.start();
  try {
    const half = Math.floor(learners.length / 2);
    const [a, b] = await Promise.all([
      closedLoop(first.base, actions.answer, learners.slice(0, half), connections / 2, seconds),
      closedLoop(second.base, actions.answer, learners.slice(half), connections / 2, seconds),
    ]);
    const both = a.throughput + b.throughput;
    report(
      'load',
      `two instances, ${connections / 2} connections each`,
      `${both.toFixed(0)} answers/s (${a.throughput.toFixed(0)} + ${b.throughput.toFixed(0)}), ×${(both / single.throughput).toFixed(2)} of one instance at ${connections}`,
      { a, b, single: single.throughput },
    );

    // The same answer to both instances at once: one log row per key, both replies name it.
    let mismatched = 0;
    const keys: string[] = [];
    for (const l of learners.slice(0, 50)) {
      const card = l.cards[0]!;
      const input = {
        cardId: card.cardId,
        grade: 4,
        durationMs: 1000,
        idempotencyKey: `two-${l.id}-${Date.now()}`,
        clientAt: new Date().toISOString(),
        expectedVersion: l.versions.get(card.cardId) ?? 1,
      };
      keys.push(input.idempotencyKey);
      const replies = await Promise.all(
        [first, second].map((app) => callAction(app.base, actions.answer, [input], l.cookie).catch(() => null)),
      );
      const values = replies.map((r) => (r?.reply?.kind === 'value' ? (r.reply.value as AnswerResult) : null));
      const ids = values.map((v) => (v?.ok ? v.data.reviewId : null));
      if (!ids[0] || ids[0] !== ids[1]) mismatched++;
      if (values[0]?.ok) l.versions.set(card.cardId, values[0].data.version);
    }
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const rows = (await client.query<{ n: string }>('select count(*) as n from "Review" where "idempotencyKey" = any($1)', [keys])).rows[0]!
      .n;
    const drift = (
      await client.query<{ n: string }>(
        `select count(*) as n from "CardState" cs where cs."userId" = any($1) and cs.version <> 1 + (select count(*) from "Review" r where r."userId" = cs."userId" and r."cardId" = cs."cardId" and r."undoneAt" is null)`,
        [learners.map((l) => l.id)],
      )
    ).rows[0]!.n;
    await client.end();
    report(
      'load',
      'two instances: same answer sent to both at once (50 keys)',
      `${rows} log rows, ${mismatched} replies not naming one review; ${drift} card states off their log`,
    );

    // Sign-in limit: wrong passwords alternating between the instances add up to one limit.
    const email = learners.at(-1)!.email;
    const max = Number(process.env.SIGNIN_MAX_FAILURES ?? 10);
    const seen: string[] = [];
    for (let i = 0; i < max; i++) seen.push(await signInOnce([first, second][i % 2]!.base, actions.signIn, email, 'wrong-password-xyz'));
    const afterA = await signInOnce(first.base, actions.signIn, email, learnerPassword);
    const afterB = await signInOnce(second.base, actions.signIn, email, learnerPassword);
    report(
      'load',
      `two instances: ${max} wrong passwords split across both, then the right one`,
      `${seen.filter((s) => s === 'invalidCredentials').length}× invalidCredentials, then instance 1: ${afterA}, instance 2: ${afterB}`,
    );
  } finally {
    await second.stop();
  }
}
