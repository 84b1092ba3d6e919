import { NextResponse } from 'next/server';
import { fieldErrors, requireUser } from '@/lib/auth/guard';
import { createClassSchema } from '@/lib/classes-schema';
import { createClass, getClassesForTeacher } from '@/lib/db/classes';

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
  const body: unknown = await request.json().catch(() => null);
  const parsed = createClassSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: 'invalid', fieldErrors: fieldErrors(parsed.error) }, { status: 400 });
  return NextResponse.json({ class: await createClass(guard.user.id, parsed.data.name) }, { status: 201 });
}
