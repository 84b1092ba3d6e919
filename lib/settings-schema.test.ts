import { describe, expect, it } from 'vitest';
import { settingsSchema } from './settings-schema';

const form = (extra: Record<string, string>) => ({
  timeZone: 'Asia/Shanghai',
  rolloverHour: '4',
  newPerDay: '20',
  reviewsPerDay: '200',
  gradeScale: 'four',
  locale: 'auto',
  leechAction: 'tag',
  ...extra,
});

describe('settingsSchema: review options', () => {
  it('reads the fuzz checkbox: "on" when ticked, absent when not', () => {
    expect(settingsSchema.parse(form({ fuzz: 'on' })).fuzz).toBe(true);
    expect(settingsSchema.parse(form({})).fuzz).toBe(false);
    expect(settingsSchema.safeParse(form({ fuzz: 'maybe' })).success).toBe(false);
  });
  it('accepts only the two leech actions', () => {
    expect(settingsSchema.parse(form({ leechAction: 'suspend' })).leechAction).toBe('suspend');
    expect(settingsSchema.safeParse(form({ leechAction: 'delete' })).success).toBe(false);
  });
});
