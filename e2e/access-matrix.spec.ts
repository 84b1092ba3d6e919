import { expect, test } from '@playwright/test';
import { actions, endpointLabel, endpoints, pages, routes, samples, type ActionArg, type Endpoint } from '../lib/security/endpoints';
import { identities, throwawayUser, identityNames, standingOf, type Identity, type IdentityName } from './identities';
import {
  actionCell,
  classNames,
  cookieHeader,
  pageCell,
  routeCell,
  setClassFixture,
  withRequest,
  type Cell,
  type RouteVariant,
} from './matrix-checks';
import { actionInfo, actionReply, postAction } from './server-actions';

/**
 * The access matrix: every endpoint of lib/security/endpoints.ts, asked by every kind of
 * caller, against the rules of issue 8. One test per endpoint and way of asking; each
 * caller is a soft assertion naming the cell, so one run shows every failing cell.
 */

type Row = { label: string; endpoint: Endpoint; cell: Cell; callers: readonly IdentityName[] };

const everyone = identityNames;

function rows(baseURL: string): Row[] {
  const out: Row[] = [];
  for (const p of pages) {
    out.push({ label: `GET ${p.sample} (HTML)`, endpoint: p, cell: pageCell(p, false, baseURL), callers: everyone });
    out.push({ label: `GET ${p.sample} (RSC)`, endpoint: p, cell: pageCell(p, true, baseURL), callers: everyone });
  }
  for (const r of routes) {
    const variants: RouteVariant[] =
      r.changesState && !r.authjs ? ['json', 'text/plain', 'octet-stream', 'no content-type', 'foreign origin'] : ['json'];
    for (const v of variants) {
      const how =
        r.method === 'GET'
          ? ''
          : v === 'json'
            ? ' (JSON, same origin)'
            : v === 'foreign origin'
              ? ` (Origin ${'http://127.0.0.1:9'})`
              : ` (${v})`;
      out.push({ label: `${endpointLabel(r)}${how}`, endpoint: r, cell: routeCell(r, v, baseURL), callers: everyone });
    }
  }
  for (const a of actions) {
    // The class's own learner would leave the matrix's class: leaving for real is in e2e/classes.spec.ts.
    const callers = a.classScope === 'members' ? everyone.filter((n) => n !== 'learner') : everyone;
    out.push({ label: endpointLabel(a), endpoint: a, cell: actionCell(a, 'same origin', baseURL), callers });
    // A foreign Origin is refused before the action runs, whoever asks: tried as a caller who may use it.
    const caller: IdentityName = a.role === 'teacher' ? 'teacher' : 'learner';
    out.push({
      label: `${endpointLabel(a)} (Origin http://127.0.0.1:9)`,
      endpoint: a,
      cell: actionCell(a, 'foreign origin', baseURL),
      callers: [caller],
    });
  }
  return out;
}

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;
const matrix = rows(baseURL);
const cells = matrix.reduce((n, r) => n + r.callers.length, 0);

let known: Identity[] = [];

/** Cards the ownership tests use, apart from the matrix's samples. */
const ownedCards = { answer: 'vae-term', suspend: 'dropout-placement-mc' };

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(180_000);
  // A browser only when the identities are not made yet: a worker restarted after a failure reuses them.
  const launch = () => playwright.chromium.launch(testInfo.project.use.launchOptions);
  known = await identities(launch, baseURL, testInfo.project.outputDir);
  setClassFixture(await classFixture());
});

/**
 * The class of the class-scoped rows: the teacher's class with the learner in it, and the
 * other teacher's class with the other learner, so each learner is "of another class" to the other.
 */
async function classFixture(): Promise<{ classId: string; assignmentId: string }> {
  const make = async (teacher: IdentityName, learner: IdentityName) => {
    const created = (await call('createClassAction', as(teacher), [{ name: `Matrix class ${Date.now().toString(36)}` }])) as {
      data: { id: string; joinCode: string };
    };
    expect(await call('joinClassAction', as(learner), [{ code: created.data.joinCode }])).toMatchObject({ ok: true });
    return created.data.id;
  };
  const classId = await make('teacher', 'learner');
  await make('another teacher', 'another learner');
  const assigned = (await call(
    'saveAssignmentAction',
    as('teacher'),
    [{ classId, kind: 'quiz', quizId: samples.quizId, startDay: '2026-01-05', dueDay: '2026-12-31', target: 70 }],
    `/classes/${classId}`,
  )) as { ok: boolean; data: { id: string } };
  expect(assigned).toMatchObject({ ok: true });
  return { classId, assignmentId: assigned.data.id };
}

/** The caller for one cell: a cached identity, or a throwaway one when the call would change who the caller is. */
async function caller(row: Row, name: IdentityName): Promise<Identity> {
  const id = known.find((k) => k.name === name)!;
  const e = row.endpoint;
  const standing = standingOf(name);
  const changes = e.kind === 'action' ? e.changesCaller : undefined;
  const throwaway = standing !== 'none' && (changes === 'session' || (changes === 'role' && standing === 'learner'));
  if (!throwaway) return id;
  return { name, ...(await throwawayUser(baseURL, standing as 'learner' | 'teacher')) };
}

test('the matrix covers every listed endpoint, and the build has every listed action', () => {
  console.log(
    `access matrix: ${endpoints.length} endpoints (${pages.length} pages, ${routes.length} route methods, ${actions.length} server actions), ` +
      `${matrix.length} rows × up to ${identityNames.length} identities = ${cells} cells`,
  );
  for (const e of endpoints)
    expect(
      matrix.some((r) => r.endpoint === e),
      endpointLabel(e),
    ).toBe(true);
  for (const a of actions) {
    const info = actionInfo(a);
    expect(info, `${endpointLabel(a)} is not in .next/server/server-reference-manifest.json`).not.toBeNull();
    const page = pages.find((p) => p.sample === a.page || p.route === a.page)!;
    expect(info!.workers, `${endpointLabel(a)} cannot be called from ${a.page}`).toContain(page.file.replace(/\.tsx?$/, ''));
  }
});

// One test per endpoint (its rows together), so a failing endpoint restarts the worker once.
for (const e of endpoints) {
  test(endpointLabel(e), async () => {
    test.setTimeout(120_000);
    for (const row of matrix.filter((r) => r.endpoint === e))
      for (const name of row.callers) {
        const problem = await row.cell(await caller(row, name));
        expect.soft(problem, `${row.label} as ${name}: ${problem}`).toBeNull();
      }
  });
}

/** Calls a listed action as `who` with `args` and returns what it answered. */
async function call(name: string, who: Identity, args: ActionArg[], page?: string): Promise<unknown> {
  const act = actions.find((a) => a.name === name)!;
  const info = actionInfo(act)!;
  const res = await withRequest(baseURL, async (r) =>
    postAction(r, { id: info.id, page: page ?? act.page, args, origin: baseURL, cookie: cookieHeader(who) }).then(async (x) => ({
      status: x.status(),
      body: await x.body(),
    })),
  );
  expect(res.status, `${name} as ${who.name}`).toBe(200);
  const reply = actionReply(res.body);
  expect(reply.kind, `${name} as ${who.name}`).toBe('value');
  return reply.kind === 'value' ? reply.value : undefined;
}

const as = (name: IdentityName) => known.find((k) => k.name === name)!;

test.describe("ownership: one user cannot touch another user's rows", () => {
  test("another learner cannot undo the learner's answer", async () => {
    const cardId = ownedCards.answer;
    const answered = (await call('answerCard', as('learner'), [
      {
        cardId,
        grade: 4,
        durationMs: 900,
        idempotencyKey: `own-${Date.now().toString(36)}`,
        clientAt: new Date().toISOString(),
        expectedVersion: 0,
      },
    ])) as { ok: boolean; data?: { reviewId: string; version: number } };
    expect(answered).toMatchObject({ ok: true });
    const reviewId = answered.data!.reviewId;
    expect(await call('undoReview', as('another learner'), [{ reviewId }])).toEqual({ ok: false, error: 'not_found' });
    expect(await call('undoReview', as('teacher'), [{ reviewId }])).toEqual({ ok: false, error: 'not_found' });
    // The answer is still there: its owner can undo it.
    expect(await call('undoReview', as('learner'), [{ reviewId }])).toMatchObject({ ok: true, data: { cardId } });
  });

  test("another learner cannot unsuspend or bury the learner's card", async () => {
    const cardId = ownedCards.suspend;
    expect(await call('suspendCard', as('learner'), [{ cardId, expectedVersion: 0 }])).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await call('unsuspendCard', as('another learner'), [{ cardId }])).toEqual({ ok: false, error: 'not_found' });
    expect(await call('unsuspendFormAction', as('another learner'), [{ formData: { cardId } }])).toBeUndefined();
    // Their own state of the card is version 0: a bury written for the learner's version 1 is a conflict.
    expect(await call('buryCard', as('another learner'), [{ cardId, expectedVersion: 1 }])).toMatchObject({ ok: false, error: 'conflict' });
    // The learner's row is untouched: still version 1 and suspended, so only version 1 unsuspends and buries.
    expect(await call('buryCard', as('learner'), [{ cardId, expectedVersion: 1 }])).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await call('unsuspendCard', as('learner'), [{ cardId }])).toMatchObject({ ok: true });
  });

  test("another teacher does not see the teacher's classes", async () => {
    const name = `Matrix own ${Date.now().toString(36)}`;
    expect(await call('createClassAction', as('teacher'), [{ name }])).toMatchObject({ ok: true, data: { name } });
    expect(await classNames(baseURL, as('teacher'))).toContain(name);
    expect(await classNames(baseURL, as('another teacher'))).not.toContain(name);
    const page = await withRequest(baseURL, async (r) =>
      (await r.get('/classes', { headers: { cookie: cookieHeader(as('another teacher')) } })).text(),
    );
    expect(page).toContain('Create class');
    expect(page).not.toContain(name);
  });
});
