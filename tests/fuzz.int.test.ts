/// <reference types="vite/client" />
/**
 * Fuzzes every server action and route handler (issue 8, "Fuzz every action and route").
 *
 * Endpoints are found by globbing app/: every export of a `'use server'` module and
 * every method of a route.ts (Auth.js's own catch-all aside). Each gets FUZZ_RUNS inputs
 * (default 100) from its zod schema, near-valid or with one node made hostile, as an
 * anonymous caller, a learner and a teacher. Actions run inside Next's own request scope
 * (tests/fuzz/next-request.ts), so cookies(), headers(), revalidatePath() and Auth.js's
 * signIn/signOut run for real; nothing is skipped or stubbed, and the database is a real one.
 *
 * Asserted for every input:
 * - no 5xx: a route answers < 500, an action neither throws nor returns error 'failed';
 * - a rejected request (ok:false, a form error, 4xx) changes no application table
 *   (the sign-in attempt log excepted after a failed sign-in: recording it is its job);
 * - an accepted request stores no row longer than 64 KiB (bounded input);
 * - a state-changing route refuses a body that is not `application/json` or comes from
 *   another origin (CSRF, finding 3).
 * Reproduce with FUZZ_SEED (printed) and FUZZ_RUNS.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actionRequest, controlFlowStatus, inRequestScope, origin } from './fuzz/next-request';
import { NextRequest } from 'next/server';
import { TableWatch } from './fuzz/db-snapshot';
import { actionSpecs, fuzzInput, routeBodies, sweepInputs, type FuzzContext, type Labelled } from './fuzz/endpoints';
import { describeValue, megabyte } from './fuzz/hostile';
import { runAsUser } from '@/lib/auth/session';
import { hashPassword } from '@/lib/auth/password';
import { recordAnswer } from '@/lib/db/reviews';
import { answerInput, seedDeck, seedLearner } from '@/lib/db/test-fixtures';
import { createTestDb, type TestDb } from '@/lib/db/testing';
import { createUser, setRole } from '@/lib/db/users';

vi.hoisted(() => {
  // Auth.js refuses to sign anything without a secret; this one exists only in this process.
  process.env.AUTH_SECRET ||= 'fuzz-test-secret-not-used-anywhere-else';
});

const runs = Number(process.env.FUZZ_RUNS || 100);
const seed = Number(process.env.FUZZ_SEED || 20261201);
const storedRowLimit = 64 * 1024;
// Sign-up hashes with argon2 (65 ms idle) for every valid input. The limit is generous so a
// busy machine slows the run instead of timing it out: a timed-out loop would keep writing
// while the next endpoint's checks run, and blame it for those writes.
const endpointTimeout = 180_000;
const roles = ['anonymous', 'learner', 'teacher'] as const;
type Role = (typeof roles)[number];
type Outcome = 'ok' | 'rejected' | 'failed';

const sources = import.meta.glob<string>('/app/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
const modules = import.meta.glob<Record<string, unknown>>('/app/**/*.{ts,tsx}');
const isServerModule = (src: string) => /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(src);
const serverFiles = Object.keys(sources).filter((f) => isServerModule(sources[f]!));
const routeFiles = Object.keys(sources).filter((f) => /\/route\.tsx?$/.test(f) && !f.includes('/api/auth/[...nextauth]/'));
/** '/app/(app)/review/actions.ts' → '/review'. */
const urlPath = (file: string) =>
  file
    .replace(/^\/app/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\/[^/]+\.tsx?$/, '') || '/';
const pageOf = (file: string) => file.replace(/^\/app/, '').replace(/\/[^/]+\.tsx?$/, file.includes('/route.') ? '/route' : '/page');
const methods: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const safeMethods: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];
/** Every exported function of every 'use server' module, and every method of every route.ts. */
const actionEndpoints = (
  await Promise.all(
    serverFiles.map(async (file) =>
      Object.entries(await modules[file]!())
        .filter(([, v]) => typeof v === 'function')
        .map(([name]) => ({ file, name })),
    ),
  )
).flat();
const routeEndpoints = (
  await Promise.all(
    routeFiles.map(async (file) =>
      Object.keys(await modules[file]!())
        .filter((k) => methods.includes(k))
        .map((method) => ({ file, method })),
    ),
  )
).flat();
const placeholderContext: FuzzContext = {
  ...{ cardIds: ['x'], predictCardId: 'x', experimentId: 'x', deckId: 'x', reviewIds: ['x'], signInEmail: '', signInPassword: '' },
};
const one = <T>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { seed, numRuns: 1 })[0]!;
const seedFor = (endpoint: string) => [...endpoint].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, seed);

let t: TestDb;
let watch: TableWatch;
let deckCards: string[];
let predictCardId: string;
const tally = { inputs: 0, ok: 0, rejected: 0, failed: 0 };

beforeAll(async () => {
  t = await createTestDb();
  deckCards = await seedDeck('fuzz', 4);
  predictCardId = 'fuzz-predict';
  await t.prisma.card.create({
    data: {
      ...{ id: predictCardId, groupId: predictCardId, type: 'predict', front: 'Predict', back: '', topic: 'fixture' },
      ...{ file: 'content/notes/fixture.md', line: 1, column: 1, headingPath: [], tags: [], position: 99, sourceHash: 'x' },
      data: { predict: { experiment: 'pooling-shift', params: {} } },
    },
  });
  await t.prisma.deckCard.create({ data: { deckId: 'fuzz', cardId: predictCardId, position: 99 } });
  await createUser({ email: 'fuzz-signin@example.com', passwordHash: await hashPassword('correct horse battery') });
  watch = await TableWatch.start(t.prisma, storedRowLimit);
  console.log(`fuzz: seed ${seed} (FUZZ_SEED), ${runs} runs per endpoint (FUZZ_RUNS), on ${t.engine}`);
});

afterAll(async () => {
  console.log(
    `fuzz summary: ${tally.inputs} inputs tried, ${tally.ok} accepted (2xx/ok), ${tally.rejected} refused (4xx/typed error), ` +
      `${tally.failed} failed (5xx/'failed'/thrown); seed ${seed}, ${runs} runs per endpoint; ` +
      `calls skipped: none (cookies(), headers(), revalidatePath(), signIn/signOut ran in Next's request scope)`,
  );
  await t?.close();
});

/** A learner and a teacher of their own for each endpoint, each with one answer to undo. */
async function actors(): Promise<{ ids: Record<Role, string | null>; ctx: FuzzContext }> {
  const learner = await seedLearner();
  const teacher = await seedLearner();
  await setRole(teacher.id, 'teacher');
  const reviewIds: string[] = [];
  for (const user of [learner, { ...teacher, role: 'teacher' as const }]) {
    const out = await recordAnswer(user, answerInput(deckCards[0]!, 4, `fuzz-setup-${user.id}`));
    if (out.kind === 'ok') reviewIds.push((await t.prisma.review.findFirstOrThrow({ where: { userId: user.id } })).id);
  }
  return {
    ids: { anonymous: null, learner: learner.id, teacher: teacher.id },
    ctx: {
      ...{ cardIds: deckCards, predictCardId, experimentId: 'pooling-shift', deckId: 'fuzz', reviewIds },
      ...{ signInEmail: 'fuzz-signin@example.com', signInPassword: 'correct horse battery' },
    },
  };
}

/** Checks one request's effect and keeps the count; returns why it is wrong, if it is. */
class Judge {
  failures = new Map<string, { count: number; example: string; values: Set<string> }>();
  constructor(
    private endpoint: string,
    private learnerId: string,
  ) {}

  async record(input: Labelled, role: Role, outcome: Outcome, detail: string, opts: { mayLog?: boolean; mustRefuse?: string } = {}) {
    tally.inputs++;
    tally[outcome]++;
    const { changed, grewOversized } = await watch.changes();
    const problems: string[] = [];
    if (outcome === 'failed') problems.push(`5xx/failed: ${detail}`);
    if (outcome === 'rejected') {
      const wrote = changed.filter((table) => !(opts.mayLog && /attempt/i.test(table)));
      if (wrote.length) problems.push(`refused (${detail}) but changed ${wrote.join(', ')}`);
    }
    if (outcome === 'ok') {
      for (const { table, longest } of grewOversized)
        problems.push(`accepted and stored a row over 64 KiB in ${table} (longest ${longest} chars)`);
      if (opts.mustRefuse) problems.push(`accepted (${detail}) ${opts.mustRefuse}`);
    }
    for (const p of problems) {
      // One line per field and reason; the hostile values that caused it are listed on it.
      const [field = '', value = 'near-valid'] = input.label.split(' ← ');
      const key = `${field.includes('[') || !input.label.includes(' ← ') ? 'input' : field} → ${p.replace(/\d{4,}/g, 'N')}`;
      const f = this.failures.get(key) ?? { count: 0, example: `as ${role}: ${describeValue(input.value)}`, values: new Set<string>() };
      f.count++;
      f.values.add(input.label.includes(' ← ') ? value : input.label);
      this.failures.set(key, f);
    }
    if (changed.includes('User')) {
      // becomeTeacherAction may promote the learner: put the role back so the next input is a learner's.
      await t.prisma.user.update({ where: { id: this.learnerId }, data: { role: 'learner' } });
      await watch.changes();
    }
  }

  report(): string[] {
    return [...this.failures].map(([key, f]) => {
      const values = [...f.values].slice(0, 6).join('; ') + (f.values.size > 6 ? '; …' : '');
      return `${this.endpoint}: ${key} (×${f.count}; values: ${values}); e.g. ${f.example}`.slice(0, 700);
    });
  }
}

/** An error's message on one line, head and tail kept (Prisma's name the call first, the cause last). */
function brief(e: unknown): string {
  const m = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ');
  return m.length > 240 ? `${m.slice(0, 80)} … ${m.slice(-150)}` : m;
}

/** What an action's return value says: accepted, refused with a typed error, or the action layer's 500. */
function classify(value: unknown): [Outcome, string] {
  if (value === undefined) return ['ok', 'returned nothing'];
  if (typeof value !== 'object' || value === null) return ['ok', String(value)];
  const v = value as { ok?: boolean; error?: string; formError?: string; fieldErrors?: Record<string, unknown> };
  if (v.ok === true) return ['ok', 'ok'];
  if (v.ok === false) return v.error === 'failed' ? ['failed', "error 'failed'"] : ['rejected', `error '${v.error ?? '?'}'`];
  if (v.formError === 'failed') return ['failed', "formError 'failed'"];
  if (v.formError) return ['rejected', `formError '${v.formError}'`];
  if (v.fieldErrors) return ['rejected', `fieldErrors ${Object.keys(v.fieldErrors).join(',')}`];
  return ['ok', 'form state without errors'];
}

describe(`fuzz every server action (${serverFiles.length} 'use server' modules)`, () => {
  it('has an input spec for every export, and none for a missing one', () => {
    const exported = actionEndpoints.map((e) => `${e.file}#${e.name}`);
    expect(exported.sort()).toEqual(Object.keys(actionSpecs(placeholderContext)).sort());
  });

  it.each(actionEndpoints)(
    '$file#$name',
    async ({ file, name }) => {
      const endpoint = `${file}#${name}`;
      const fn = (await modules[file]!())[name] as (...args: unknown[]) => Promise<unknown>;
      const { ids, ctx } = await actors();
      const spec = actionSpecs(ctx)[endpoint];
      if (!spec) throw new Error(`no fuzz input for ${endpoint}: add one to actionSpecs in tests/fuzz/endpoints.ts`);
      await watch.changes(); // the fixtures' writes are not the fuzz's
      const judge = new Judge(endpoint, ids.learner!);
      // The sweep runs as a teacher (who may do all a learner may), so hostile values get past the role check.
      const sweep = spec.sweep.map((arb, i) => [one(arb, seedFor(endpoint) + i), 'teacher', 9] as const);
      const random = fc.sample(fc.tuple(spec.input, fc.constantFrom(...roles), fc.integer({ min: 1, max: 254 })), {
        seed: seedFor(endpoint),
        numRuns: runs,
      });
      for (const [input, role, host] of [...sweep, ...random]) {
        const request = actionRequest(urlPath(file), { 'x-forwarded-for': `198.51.100.${host}` });
        let outcome: Outcome;
        let detail: string;
        try {
          const { value } = await inRequestScope(request, pageOf(file), true, () =>
            runAsUser(ids[role], () => fn(...spec.args(input.value))),
          );
          [outcome, detail] = classify(value);
        } catch (e) {
          const status = controlFlowStatus(e);
          [outcome, detail] = status === null ? ['failed', `threw ${brief(e)}`] : [status < 400 ? 'ok' : 'rejected', `status ${status}`];
        }
        // A failed sign-in or a wrong join code is logged on purpose: the limits count those rows.
        const mayLog =
          /formError '(invalidCredentials|rateLimited)'/.test(detail) ||
          (name === 'joinClassAction' && /error '(not_found|rate_limited)'/.test(detail));
        await judge.record(input, role, outcome, detail, { mayLog });
      }
      expect(judge.report()).toEqual([]);
    },
    endpointTimeout,
  );
});

const origins = {
  'same origin': { origin, site: 'same-origin' },
  'another port': { origin: 'http://localhost:3001', site: 'same-site' },
  'another site': { origin: 'https://evil.example', site: 'cross-site' },
  'opaque (null)': { origin: 'null', site: 'cross-site' },
  'no Origin': { origin: undefined, site: undefined },
} as const;
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  undefined,
];
const rawBodies = [
  '{"name":',
  'name=Class+7B',
  '',
  '\u0000',
  `{"name":"${megabyte}"}`,
  '[]',
  'null',
  '{"__proto__":{"role":"teacher"},"name":"x"}',
];

describe(`fuzz every route handler (${routeFiles.length} route files)`, () => {
  it('knows the body of every state-changing route', () => {
    const unsafe = routeEndpoints.filter((e) => !safeMethods.includes(e.method)).map((e) => `${e.method} ${urlPath(e.file)}`);
    expect(unsafe.filter((e) => !routeBodies[e])).toEqual([]);
  });

  it.each(routeEndpoints)(
    '$method $file',
    async ({ file, method }) => {
      const endpoint = `${method} ${urlPath(file)}`;
      const handler = (await modules[file]!())[method] as (req: Request, ctx: unknown) => Promise<unknown>;
      const { ids } = await actors();
      await watch.changes(); // the fixtures' writes are not the fuzz's
      const judge = new Judge(endpoint, ids.learner!);
      const schema = routeBodies[endpoint];
      const body: fc.Arbitrary<Labelled & { raw?: string }> = schema
        ? fc.oneof(
            { weight: 4, arbitrary: fuzzInput(schema) },
            { weight: 1, arbitrary: fc.constantFrom(...rawBodies).map((raw) => ({ value: raw, raw, label: 'raw body' })) },
          )
        : fc.constant({ value: undefined, label: 'no body' });
      const arb = fc.tuple(
        body,
        fc.constantFrom(...roles),
        fc.constantFrom(...(Object.keys(origins) as (keyof typeof origins)[])),
        fc.constantFrom(...contentTypes),
      );
      // The sweep: each hostile body as a same-origin JSON request from a teacher, so it reaches the handler's body.
      const sweep = (schema ? sweepInputs(schema) : []).map(
        (b, i) => [one<Labelled & { raw?: string }>(b, seedFor(endpoint) + i), 'teacher', 'same origin', 'application/json'] as const,
      );
      for (const [input, role, from, type] of [...sweep, ...fc.sample(arb, { seed: seedFor(endpoint), numRuns: runs })]) {
        const { origin: o, site } = origins[from];
        const headers: Record<string, string> = { host: new URL(origin).host, 'x-forwarded-for': '198.51.100.7' };
        if (o) headers.origin = o;
        if (site) headers['sec-fetch-site'] = site;
        if (type && schema) headers['content-type'] = type;
        const text = input.raw ?? (input.value === undefined ? '' : JSON.stringify(input.value));
        const request = new NextRequest(new URL(urlPath(file), origin), {
          method,
          headers,
          body: safeMethods.includes(method) ? undefined : text,
        });
        let status: number;
        try {
          const { value } = await inRequestScope(request, pageOf(file), false, () =>
            runAsUser(ids[role], () => handler(request, { params: Promise.resolve({}) })),
          );
          status = value instanceof Response ? value.status : 500; // Next answers 500 for anything but a Response
        } catch (e) {
          status = controlFlowStatus(e) ?? 500; // a thrown error is Next's 500
        }
        const outcome: Outcome = status >= 500 ? 'failed' : status >= 400 ? 'rejected' : 'ok';
        const csrf =
          !safeMethods.includes(method) &&
          (from !== 'same origin' && from !== 'no Origin'
            ? from
            : !type?.startsWith('application/json')
              ? `Content-Type ${type ?? 'none'}`
              : null);
        const labelled = { ...input, label: `${input.label} [${from}, ${type ?? 'no Content-Type'}]` };
        await judge.record(labelled, role, outcome, `status ${status}`, {
          mustRefuse: csrf ? `though a state-changing request must be refused for ${csrf} (403/415)` : undefined,
        });
      }
      expect(judge.report()).toEqual([]);
    },
    endpointTimeout,
  );
});
