import 'server-only';
import { db } from './client';
import { Prisma } from './generated/client';
import type { Role } from './generated/enums';

export interface AppUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locale: string | null;
  timeZone: string;
  rolloverHour: number;
  newPerDay: number;
  reviewsPerDay: number;
  gradeScale: 'four' | 'six';
  /** Interval fuzz on (lib/srs fuzz.ts). */
  fuzz: boolean;
  /** What a card's becoming a leech does besides tagging it. */
  leechAction: 'tag' | 'suspend';
}

const select = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  timeZone: true,
  rolloverHour: true,
  newPerDay: true,
  reviewsPerDay: true,
  gradeScale: true,
  fuzz: true,
  leechAction: true,
} as const;

type Row = Prisma.UserGetPayload<{ select: typeof select }>;
const toAppUser = (r: Row): AppUser => ({
  ...r,
  gradeScale: r.gradeScale === 'six' ? 'six' : 'four',
  leechAction: r.leechAction === 'suspend' ? 'suspend' : 'tag',
});

export async function getUserById(id: string): Promise<AppUser | null> {
  const row = await db().user.findUnique({ where: { id }, select });
  return row ? toAppUser(row) : null;
}

export async function getUserByEmail(email: string): Promise<AppUser | null> {
  const row = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select });
  return row ? toAppUser(row) : null;
}

export async function getUserCredentials(email: string) {
  return db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });
}

/** Creates a user; returns null when the email is already taken (no partial writes). */
export async function createUser(input: {
  email: string;
  passwordHash: string;
  name?: string;
  role?: Role;
  timeZone?: string;
}): Promise<AppUser | null> {
  try {
    return toAppUser(await db().user.create({ data: input, select }));
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return null;
    throw e;
  }
}

export async function setRole(userId: string, role: Role): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { role } });
}

export async function updateSettings(
  userId: string,
  data: Partial<
    Pick<AppUser, 'locale' | 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay' | 'gradeScale' | 'fuzz' | 'leechAction'>
  >,
): Promise<void> {
  await db().user.update({ where: { id: userId }, data });
}

/** Links an OAuth identity to the user with that email, creating the user on first sign-in. */
export async function upsertOAuthUser(input: {
  email: string;
  name?: string | null;
  image?: string | null;
  provider: string;
  providerAccountId: string;
}): Promise<AppUser> {
  const user = await db().user.upsert({
    where: { email: input.email },
    update: {},
    create: { email: input.email, name: input.name ?? null, image: input.image ?? null, emailVerified: new Date() },
    select,
  });
  await db().account.upsert({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    update: {},
    create: { userId: user.id, type: 'oauth', provider: input.provider, providerAccountId: input.providerAccountId },
  });
  return toAppUser(user);
}
