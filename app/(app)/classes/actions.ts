'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { afterResponse } from '@/lib/after-response';
import { authedAction, type ActionResult } from '@/lib/auth/guard';
import { limitConfig, requestClientAddress } from '@/lib/auth/credentials';
import { peerAddress } from '@/lib/auth/peer';
import {
  archiveClassSchema,
  assignmentRefSchema,
  assignmentSchema,
  classRefSchema,
  createClassSchema,
  joinClassSchema,
  memberRefSchema,
  renameClassSchema,
} from '@/lib/classes-schema';
import { saveAssignment, setAssignmentArchived } from '@/lib/db/assignment-edits';
import { refreshKeptTalliesFor } from '@/lib/db/class-dashboard';
import { joinWithCode, leaveClass } from '@/lib/db/class-members';
import { createClass, regenerateJoinCode, removeMember, renameClass, setClassArchived, type ClassSummary } from '@/lib/db/classes';

/**
 * Class and assignment actions. Each checks the role in `authedAction` and ownership in its
 * query: another teacher's class, or a class the caller is not in, answers not_found and
 * changes nothing.
 */

const notFound = { ok: false, error: 'not_found' } as const;
const refresh = (classId?: string) => {
  revalidatePath('/classes');
  if (classId) revalidatePath(`/classes/${classId}`);
};

/** Teacher-only: the role is checked here, on the server, not by hiding the form. */
export const createClassAction = authedAction(createClassSchema, 'teacher', async ({ name }, user): Promise<ActionResult<ClassSummary>> => {
  const created = await createClass(user.id, name);
  refresh();
  return { ok: true, data: created };
});

export const renameClassAction = authedAction(
  renameClassSchema,
  'teacher',
  async ({ classId, name }, user): Promise<ActionResult<{ name: string }>> => {
    if (!(await renameClass(user.id, classId, name))) return notFound;
    refresh(classId);
    return { ok: true, data: { name } };
  },
);

export const setClassArchivedAction = authedAction(
  archiveClassSchema,
  'teacher',
  async ({ classId, archived }, user): Promise<ActionResult<{ archived: boolean }>> => {
    if (!(await setClassArchived(user.id, classId, archived === 'true'))) return notFound;
    refresh(classId);
    return { ok: true, data: { archived: archived === 'true' } };
  },
);

export const regenerateCodeAction = authedAction(
  classRefSchema,
  'teacher',
  async ({ classId }, user): Promise<ActionResult<{ joinCode: string }>> => {
    const joinCode = await regenerateJoinCode(user.id, classId);
    if (!joinCode) return notFound;
    refresh(classId);
    return { ok: true, data: { joinCode } };
  },
);

export const removeMemberAction = authedAction(memberRefSchema, 'teacher', async ({ classId, userId }, user): Promise<ActionResult> => {
  if (!(await removeMember(user.id, classId, userId))) return notFound;
  refresh(classId);
  return { ok: true, data: undefined };
});

/** Any signed-in user joins with a code, within the per-client limit on wrong codes. */
export const joinClassAction = authedAction(
  joinClassSchema,
  'learner',
  async ({ code }, user): Promise<ActionResult<{ classId: string; name: string; already: boolean }>> => {
    const address = requestClientAddress({ headers: await headers(), peer: peerAddress() }, limitConfig());
    const joined = await joinWithCode(user.id, code, address);
    if (joined.kind === 'rate_limited') return { ok: false, error: 'rate_limited', retryInMinutes: joined.minutes };
    if (joined.kind === 'not_found') return { ok: false, error: 'not_found', fieldErrors: { code: ['codeUnknown'] } };
    if (joined.kind === 'own_class') return { ok: false, error: 'conflict', fieldErrors: { code: ['ownClass'] } };
    refresh(joined.invite.classId);
    return { ok: true, data: { classId: joined.invite.classId, name: joined.invite.name, already: joined.kind === 'already' } };
  },
);

export const leaveClassAction = authedAction(classRefSchema, 'learner', async ({ classId }, user): Promise<ActionResult> => {
  if (!(await leaveClass(user.id, classId))) return notFound;
  refresh(classId);
  revalidatePath('/');
  return { ok: true, data: undefined };
});

export const saveAssignmentAction = authedAction(
  assignmentSchema,
  'teacher',
  async (input, user): Promise<ActionResult<{ id: string }>> => {
    const saved = await saveAssignment(user.id, input);
    if (!saved.ok) {
      const fieldErrors =
        saved.field && saved.field !== 'classId'
          ? { [saved.field]: [saved.error === 'conflict' ? 'classArchived' : 'notAssignable'] }
          : undefined;
      return { ok: false, error: saved.error, ...(fieldErrors ? { fieldErrors } : {}) };
    }
    refresh(input.classId);
    // The class's dashboard counts differently now: rebuild its kept tallies before the teacher looks.
    await afterResponse(() => refreshKeptTalliesFor({ classId: input.classId }));
    return { ok: true, data: { id: saved.assignment.id } };
  },
);

export const setAssignmentArchivedAction = authedAction(
  assignmentRefSchema,
  'teacher',
  async ({ assignmentId, archived }, user): Promise<ActionResult<{ archived: boolean }>> => {
    if (!(await setAssignmentArchived(user.id, assignmentId, archived === 'true'))) return notFound;
    await afterResponse(() => refreshKeptTalliesFor({ assignmentId }));
    refresh();
    revalidatePath('/classes/[id]', 'page');
    return { ok: true, data: { archived: archived === 'true' } };
  },
);
