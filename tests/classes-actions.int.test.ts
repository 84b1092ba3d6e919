/// <reference types="vite/client" />
/**
 * The authorization matrix of the class and assignment actions, run as the server runs them
 * (Next's request scope, a real database): anonymous, a learner of the class, a learner of
 * another class, the class's teacher and another teacher. Whoever may not act gets a typed
 * error, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actionRequest, inRequestScope } from './fuzz/next-request';
import { runAsUser } from '@/lib/auth/session';
import * as classActions from '@/app/(app)/classes/actions';
import { getAssignmentProgress } from '@/lib/db/assignments';
import { createTestDb, type TestDb } from '@/lib/db/testing';
import { seedDeck, seedLearner } from '@/lib/db/test-fixtures';
import { setRole } from '@/lib/db/users';

vi.hoisted(() => {
  process.env.AUTH_SECRET ||= 'classes-test-secret-not-used-anywhere-else';
});

type Actor = 'anonymous' | 'learner of the class' | 'learner of another class' | "the class's teacher" | 'another teacher';
let t: TestDb;
const ids = {} as Record<Actor, string | null>;
let classId: string;
let otherClassId: string;
let assignmentId: string;
let memberId: string;

const call = async (who: Actor, name: keyof typeof classActions, input: unknown, host = 7) =>
  (
    await inRequestScope(actionRequest('/classes', { 'x-forwarded-for': `198.51.100.${host}` }), '/classes/[id]/page', true, () =>
      runAsUser(ids[who], () => (classActions[name] as (raw: unknown) => Promise<unknown>)(input)),
    )
  ).value as { ok: boolean; error?: string; data?: Record<string, unknown>; retryInMinutes?: number };

/** Everything the actions could change about the class, to compare before and after. */
const snapshot = async () => ({
  cls: await t.prisma.class.findUnique({ where: { id: classId } }),
  members: await t.prisma.classMember.findMany({ where: { classId }, orderBy: { userId: 'asc' } }),
  assignments: await t.prisma.assignment.findMany({ where: { classId }, orderBy: { id: 'asc' } }),
});

beforeAll(async () => {
  t = await createTestDb();
  await seedDeck('deck-a', 3);
  const [learner, other, teacher, otherTeacher] = [await seedLearner(), await seedLearner(), await seedLearner(), await seedLearner()];
  await setRole(teacher.id, 'teacher');
  await setRole(otherTeacher.id, 'teacher');
  Object.assign(ids, {
    anonymous: null,
    'learner of the class': learner.id,
    'learner of another class': other.id,
    "the class's teacher": teacher.id,
    'another teacher': otherTeacher.id,
  });
  memberId = learner.id;
  const mine = await call("the class's teacher", 'createClassAction', { name: 'Mine' });
  const theirs = await call('another teacher', 'createClassAction', { name: 'Theirs' });
  classId = mine.data!.id as string;
  otherClassId = theirs.data!.id as string;
  expect(await call('learner of the class', 'joinClassAction', { code: mine.data!.joinCode })).toMatchObject({ ok: true });
  expect(await call('learner of another class', 'joinClassAction', { code: theirs.data!.joinCode })).toMatchObject({ ok: true });
  const saved = await call("the class's teacher", 'saveAssignmentAction', {
    classId,
    kind: 'deck',
    deckId: 'deck-a',
    startDay: '2026-01-05',
    dueDay: '2026-02-05',
    target: '80',
  });
  assignmentId = saved.data!.id as string;
}, 300_000);
afterAll(async () => t?.close());

describe('teacher actions on a class', () => {
  const inputs = () =>
    ({
      renameClassAction: { classId, name: 'Renamed' },
      setClassArchivedAction: { classId, archived: 'true' },
      regenerateCodeAction: { classId },
      removeMemberAction: { classId, userId: memberId },
      saveAssignmentAction: { classId, kind: 'deck', deckId: 'deck-a', startDay: '2026-01-05', dueDay: '2026-03-01', target: 90 },
      setAssignmentArchivedAction: { assignmentId, archived: 'true' },
    }) as const;
  const expected: Record<Exclude<Actor, "the class's teacher">, string> = {
    anonymous: 'unauthenticated',
    'learner of the class': 'forbidden',
    'learner of another class': 'forbidden',
    'another teacher': 'not_found',
  };
  for (const [who, error] of Object.entries(expected) as [Actor, string][])
    it(`${who}: ${error}, and nothing changes`, async () => {
      const before = await snapshot();
      for (const [name, input] of Object.entries(inputs()))
        expect(await call(who, name as keyof typeof classActions, input), `${name} as ${who}`).toMatchObject({ ok: false, error });
      expect(await snapshot()).toEqual(before);
    }, 120_000);

  it("the class's teacher may, and a regenerated code replaces the old one", async () => {
    const old = (await snapshot()).cls!.joinCode;
    expect(await call("the class's teacher", 'renameClassAction', { classId, name: 'Renamed' })).toMatchObject({ ok: true });
    const fresh = await call("the class's teacher", 'regenerateCodeAction', { classId });
    expect(fresh.data!.joinCode).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(fresh.data!.joinCode).not.toBe(old);
    expect(await call('another teacher', 'joinClassAction', { code: old })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await call('another teacher', 'joinClassAction', { code: fresh.data!.joinCode })).toMatchObject({ ok: true });
    expect(await call("the class's teacher", 'joinClassAction', { code: fresh.data!.joinCode })).toMatchObject({
      ok: false,
      error: 'conflict',
    });
    expect(await call("the class's teacher", 'removeMemberAction', { classId, userId: ids['another teacher'] })).toMatchObject({
      ok: true,
    });
    expect((await getAssignmentProgress(assignmentId))!.rows.map((r) => r.userId)).toEqual([memberId]);
  }, 120_000);

  it('validates assignments field by field', async () => {
    const bad = await call("the class's teacher", 'saveAssignmentAction', {
      classId,
      kind: 'deck',
      startDay: '2026-03-01',
      dueDay: '2026-02-01',
      target: 0,
    });
    expect(bad).toMatchObject({ ok: false, error: 'invalid' });
    expect(Object.keys((bad as unknown as { fieldErrors: object }).fieldErrors).sort()).toEqual(['deckId', 'dueDay', 'target']);
    const foreign = await call("the class's teacher", 'saveAssignmentAction', {
      classId: otherClassId,
      kind: 'deck',
      deckId: 'deck-a',
      startDay: '2026-01-01',
      dueDay: '2026-02-01',
      target: 80,
    });
    expect(foreign).toMatchObject({ ok: false, error: 'not_found' });
  }, 120_000);
});

describe('learners and the join limit', () => {
  it('a learner of another class cannot leave this one; the class’s learner can, and rejoin reopens the same row', async () => {
    expect(await call('learner of another class', 'leaveClassAction', { classId })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await call('learner of the class', 'leaveClassAction', { classId })).toMatchObject({ ok: true });
    expect(await call('learner of the class', 'leaveClassAction', { classId })).toMatchObject({ ok: false, error: 'not_found' });
    expect(await t.prisma.classMember.count({ where: { classId, userId: memberId } })).toBe(1);
  }, 120_000);

  it('ten wrong codes from one user block joining for the window, with the minutes left; a right code is refused meanwhile', async () => {
    const code = (await snapshot()).cls!.joinCode;
    for (let i = 0; i < 10; i++)
      expect(await call('learner of the class', 'joinClassAction', { code: `WRONG${i}XX` }, 20 + i)).toMatchObject({ error: 'not_found' });
    const blocked = await call('learner of the class', 'joinClassAction', { code }, 40);
    expect(blocked).toMatchObject({ ok: false, error: 'rate_limited' });
    expect(blocked.retryInMinutes).toBeGreaterThanOrEqual(14);
    expect(blocked.retryInMinutes).toBeLessThanOrEqual(15);
    expect(await t.prisma.classMember.findFirst({ where: { classId, userId: memberId } })).toMatchObject({ leftAt: expect.any(Date) });
    // Another user at another address is not blocked.
    expect(await call('learner of another class', 'joinClassAction', { code }, 41)).toMatchObject({ ok: true });
  }, 120_000);
});
