/**
 * The sign-in limits, decided from the recent failures lib/db loads. Pure.
 *
 * After OWASP (Authentication Cheat Sheet; "Slow Down Online Guessing Attacks with Device
 * Cookies"), failures count within one window, and a request is refused while any count
 * it falls under is at its limit:
 * - a browser with a valid device cookie for the email: only that cookie's own failures
 *   (`maxFailures`); strangers' failures cannot lock it out;
 * - any other request: failures for this (email, client address) (`maxFailures`), from this
 *   client address for any email (`clientMaxFailures`, password spraying), and for this
 *   email from all untrusted browsers (`accountMaxFailures`, guessing from many addresses).
 * Trusted browsers' failures count only against their own device cookie.
 */
export interface SignInLimits {
  maxFailures: number;
  clientMaxFailures: number;
  accountMaxFailures: number;
  windowMinutes: number;
}

/** Times of recent failures, newest first; lib/db loads at most the limit of each. */
export interface RecentFailures {
  device?: Date[];
  emailClient: Date[];
  client: Date[];
  account: Date[];
}

/** Minutes until the request may try again (at least 1), or null when it may try now. */
export function signInBlockedMinutes(failures: RecentFailures, limits: SignInLimits, now: Date): number | null {
  const counted: [Date[], number][] = failures.device
    ? [[failures.device, limits.maxFailures]]
    : [
        [failures.emailClient, limits.maxFailures],
        [failures.client, limits.clientMaxFailures],
        [failures.account, limits.accountMaxFailures],
      ];
  // Each full count frees up when the failure that filled it (the limit-th newest) leaves the window.
  const until = counted
    .filter(([rows, max]) => rows.length >= max)
    .map(([rows, max]) => rows[max - 1]!.getTime() + limits.windowMinutes * 60_000);
  if (!until.length) return null;
  return Math.max(1, Math.ceil((Math.max(...until) - now.getTime()) / 60_000));
}
