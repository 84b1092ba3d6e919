import { describe, expect, it } from 'vitest';
import { createClassSchema } from '@/lib/classes-schema';
import { settingsSchema } from '@/lib/settings-schema';
import { signInSchema, signUpSchema } from './schemas';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

describe('text fields refuse NUL bytes and lone surrogates with textInvalid', () => {
  const hostile = ['a\u0000b', 'a\ud800b', 'a\udfffb', '\ud83d'];

  it('sign-up: email, password, display name and time zone', () => {
    const ok = { email: 'ada@example.com', password: 'long-enough-pass', name: 'Ada' };
    expect(signUpSchema.safeParse(ok).success).toBe(true);
    for (const bad of hostile) {
      expect(issues(signUpSchema.safeParse({ ...ok, name: bad }))).toContain('name:textInvalid');
      expect(issues(signUpSchema.safeParse({ ...ok, email: `ada${bad}@example.com` }))).toContain('email:textInvalid');
      expect(issues(signUpSchema.safeParse({ ...ok, password: `long-enough${bad}` }))).toContain('password:textInvalid');
      expect(issues(signUpSchema.safeParse({ ...ok, timeZone: `Asia/Shanghai${bad}` }))).toContain('timeZone:textInvalid');
      expect(issues(signInSchema.safeParse({ email: `ada${bad}@example.com`, password: 'x' }))).toContain('email:textInvalid');
    }
    // Characters outside the BMP, written as valid surrogate pairs, are fine.
    expect(signUpSchema.safeParse({ ...ok, name: 'Ada 🦉 李' }).success).toBe(true);
  });

  it('class name and settings', () => {
    for (const bad of hostile) {
      expect(issues(createClassSchema.safeParse({ name: `Class ${bad}` }))).toContain('name:textInvalid');
      const settings = {
        timeZone: `UTC${bad}`,
        rolloverHour: '4',
        newPerDay: '20',
        reviewsPerDay: '200',
        gradeScale: 'four',
        locale: 'en',
        leechAction: 'tag',
      };
      expect(issues(settingsSchema.safeParse(settings))).toContain('timeZone:textInvalid');
    }
    expect(createClassSchema.safeParse({ name: '一班 🦉' }).success).toBe(true);
  });
});
