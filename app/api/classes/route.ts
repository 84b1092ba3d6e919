import { NextResponse } from 'next/server';
import { createClassSchema } from '@/lib/classes-schema';
import { createClass, getClassesForTeacher } from '@/lib/db/classes';
import { authedRoute } from '@/lib/http/route';

/** GET: the caller's classes (teachers only). */
export const GET = authedRoute('teacher', async ({ user }) => NextResponse.json({ classes: await getClassesForTeacher(user.id) }));

/** POST { name }: creates a class (teachers only; same-origin JSON only). */
export const POST = authedRoute('teacher', createClassSchema, async ({ user, input }) =>
  NextResponse.json({ class: await createClass(user.id, input.name) }, { status: 201 }),
);
