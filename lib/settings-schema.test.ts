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

describe('settingsSchema: siblings and learning steps', () => {
  it('reads the two sibling checkboxes', () => {
    const parsed = settingsSchema.parse(form({ buryNewSiblings: 'on' }));
    expect([parsed.buryNewSiblings, parsed.buryReviewSiblings]).toEqual([true, false]);
  });
  it('stores steps in their canonical text, and names a bad step list', () => {
    const parsed = settingsSchema.parse(form({ scheduler: 'steps', newSteps: ' 1, 10m 1h', relearnSteps: '' }));
    expect(parsed).toMatchObject({ scheduler: 'steps', newSteps: '1m 10m 1h', relearnSteps: '' });
    const bad = settingsSchema.safeParse(form({ newSteps: '10 seconds' }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([expect.objectContaining({ path: ['newSteps'], message: 'stepsInvalid' })]);
    expect(settingsSchema.safeParse(form({ newSteps: '' })).success).toBe(false);
  });
  it('refuses an easy interval shorter than the graduating interval, on the easy field', () => {
    const bad = settingsSchema.safeParse(form({ graduatingInterval: '3', easyInterval: '2' }));
    expect(bad.error?.issues).toEqual([expect.objectContaining({ path: ['easyInterval'], message: 'easyBelowGraduating' })]);
    expect(settingsSchema.safeParse(form({ graduatingInterval: '7', easyInterval: '9' })).success).toBe(false);
    expect(settingsSchema.safeParse(form({ scheduler: 'fsrs' })).success).toBe(false);
  });
});

describe('settingsSchema: every error at once', () => {
  it('names a bad step list and a too-short easy interval in one answer', () => {
    const bad = settingsSchema.safeParse(form({ newSteps: '1m ten', graduatingInterval: '5', easyInterval: '4' }));
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'newSteps:stepsInvalid',
      'easyInterval:easyBelowGraduating',
    ]);
  });
});
