/**
 * How many wrong join codes a client may try. Pure: lib/db/class-joins.ts loads the
 * recent failures, this decides. Both the signed-in user and the address are counted, so
 * neither a second account nor a second machine resets the other's count.
 */
export interface JoinLimits {
  /** Failed attempts per user in the window. */
  maxPerUser: number;
  /** Failed attempts per client address in the window (a classroom shares one address). */
  maxPerAddress: number;
  windowMinutes: number;
}

export const JOIN_LIMITS: Readonly<JoinLimits> = { maxPerUser: 10, maxPerAddress: 60, windowMinutes: 15 };

/**
 * Minutes until the client may try again, or null. `failures` are the recent failures
 * of one key, newest first (at least `max` of them when blocked).
 */
export function blockedMinutes(failures: readonly Date[], max: number, windowMinutes: number, now: Date): number | null {
  if (failures.length < max) return null;
  const oldestCounted = failures[max - 1]!;
  const until = oldestCounted.getTime() + windowMinutes * 60_000;
  if (until <= now.getTime()) return null;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}
