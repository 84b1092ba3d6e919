import { describe, expect, it } from 'vitest';
import { signInBlockedMinutes, type SignInLimits } from './sign-in-policy';

const limits: SignInLimits = { maxFailures: 3, clientMaxFailures: 5, accountMaxFailures: 4, windowMinutes: 15 };
const now = new Date('2026-12-01T12:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);
const times = (n: number, newest = 1) => Array.from({ length: n }, (_, i) => ago(newest + i));
const none = { emailClient: [], client: [], account: [] };

describe('signInBlockedMinutes', () => {
  it('lets a request through under every limit', () => {
    expect(signInBlockedMinutes({ emailClient: times(2), client: times(4), account: times(3) }, limits, now)).toBeNull();
  });

  it('blocks an untrusted request at any one limit, until that failure leaves the window', () => {
    expect(signInBlockedMinutes({ ...none, emailClient: times(3) }, limits, now)).toBe(12); // 3rd newest 3 min ago
    expect(signInBlockedMinutes({ ...none, client: times(5) }, limits, now)).toBe(10);
    expect(signInBlockedMinutes({ ...none, account: times(4, 10) }, limits, now)).toBe(2);
    // The longest wait wins, and it is never 0.
    expect(signInBlockedMinutes({ emailClient: times(3), client: times(5, 0), account: [] }, limits, now)).toBe(12);
    expect(signInBlockedMinutes({ ...none, emailClient: times(3, 14.99) }, limits, now)).toBe(1);
  });

  it('judges a trusted browser by its own failures only', () => {
    const strangers = { emailClient: times(3), client: times(5), account: times(4) };
    expect(signInBlockedMinutes({ ...strangers, device: [] }, limits, now)).toBeNull();
    expect(signInBlockedMinutes({ ...strangers, device: times(2) }, limits, now)).toBeNull();
    expect(signInBlockedMinutes({ ...none, device: times(3) }, limits, now)).toBe(12);
  });
});
