import { NextResponse } from 'next/server';
import { fieldErrors, requireUser } from '@/lib/auth/guard';
import { createClassSchema } from '@/lib/classes-schema';
import { createClass, getClassesForTeacher } from '@/lib/db/classes';
import { readJsonBody } from '@/lib/http/body';

const status = { unauthenticated: 401, forbidden: 403 } as const;

/** GET: the caller's classes (teachers only). */
export async function GET() {
  const guard = await requireUser('teacher');
  if (!guard.ok) return NextResponse.json({ error: guard.error }, { status: status[guard.error as keyof typeof status] ?? 400 });
  return NextResponse.json({ classes: await getClassesForTeacher(guard.user.id) });
}

/** POST { name }: creates a class (teachers only). */
export async function POST(request: Request) {
  const guard = await requireUser('teacher');
  if (!guard.ok) return NextResponse.json({ error: guard.error }, { status: status[guard.error as keyof typeof status] ?? 400 });
  const body = await readJsonBody(request);
  if (!body.ok) return NextResponse.json({ error: body.error }, { status: body.status });
  const parsed = createClassSchema.safeParse(body.value);
  if (!parsed.success) return NextResponse.json({ error: 'invalid', fieldErrors: fieldErrors(parsed.error) }, { status: 400 });
  return NextResponse.json({ class: await createClass(guard.user.id, parsed.data.name) }, { status: 201 });
}
