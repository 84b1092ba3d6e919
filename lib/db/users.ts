import 'server-only';
import { cache } from 'react';
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
  /** Keep siblings apart: new / review cards wait for the next day after a sibling was answered. */
  buryNewSiblings: boolean;
  buryReviewSiblings: boolean;
  /** 'sm2' as published, or 'steps' (Anki-style learning steps); see lib/srs learningOptions. */
  scheduler: 'sm2' | 'steps';
  /** Canonical step text, e.g. "1m 10m" (lib/srs parseSteps). */
  newSteps: string;
  relearnSteps: string;
  /** Days. */
  graduatingInterval: number;
  easyInterval: number;
  /** Session tokens issued at an older version are refused (sign-out, role or password change). */
  sessionVersion: number;
  /** Finished or skipped the first-run tour (kept on the server, so it holds on every device). */
  tourDone: boolean;
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
  buryNewSiblings: true,
  buryReviewSiblings: true,
  scheduler: true,
  newSteps: true,
  relearnSteps: true,
  graduatingInterval: true,
  easyInterval: true,
  sessionVersion: true,
  tourDoneAt: true,
} as const;

type Row = Prisma.UserGetPayload<{ select: typeof select }>;
const toAppUser = ({ tourDoneAt, ...r }: Row): AppUser => ({
  ...r,
  tourDone: tourDoneAt !== null,
  gradeScale: r.gradeScale === 'six' ? 'six' : 'four',
  leechAction: r.leechAction === 'suspend' ? 'suspend' : 'tag',
  scheduler: r.scheduler === 'steps' ? 'steps' : 'sm2',
});

export async function getUserById(id: string): Promise<AppUser | null> {
  const row = await db().user.findUnique({ where: { id }, select });
  return row ? toAppUser(row) : null;
}

/** getUserById, once per request: the session check and the page share one read. */
export const loadUser = cache(getUserById);

export async function getUserByEmail(email: string): Promise<AppUser | null> {
  const row = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select });
  return row ? toAppUser(row) : null;
}

export async function getUserCredentials(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
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

/** One write that also ends every session of the account; returns the new session version. */
async function updateEndingSessions(userId: string, data: Prisma.UserUpdateInput): Promise<number> {
  const row = await db().user.update({
    where: { id: userId },
    data: { ...data, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return row.sessionVersion;
}

/** Changes the role; old sessions end (an admin's demotion takes effect at once). */
export const setRole = (userId: string, role: Role) => updateEndingSessions(userId, { role });

/** Sign-out: ends every session of the account, on every device. */
export const bumpSessionVersion = (userId: string) => updateEndingSessions(userId, {});

/** A new password: ends every session, so a stolen token dies with the old password. */
export const setPasswordHash = (userId: string, passwordHash: string) => updateEndingSessions(userId, { passwordHash });

/** What a session check needs: cheap, one indexed row. Null when the account is gone. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? null;
}

export async function updateSettings(
  userId: string,
  data: Partial<Omit<AppUser, 'id' | 'email' | 'name' | 'role' | 'sessionVersion'>>,
): Promise<void> {
  await db().user.update({ where: { id: userId }, data });
}

/** Marks the first-run tour finished (or, with `done` false, shows it again). */
export async function setTourDone(userId: string, done: boolean, now = new Date()): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { tourDoneAt: done ? now : null } });
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
