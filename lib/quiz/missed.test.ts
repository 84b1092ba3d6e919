import { describe, expect, it } from 'vitest';
import { newCardState } from '@/lib/srs';
import { missedState } from './missed';

const now = new Date('2026-12-01T10:00:00Z');

describe('missedState', () => {
  it('makes a studied card due now and keeps its schedule', () => {
    const prev = {
      ...newCardState(now),
      ef: 2.36,
      interval: 15,
      repetitions: 3,
      lastReview: new Date('2026-11-20T00:00:00Z'),
      due: new Date('2026-12-05T00:00:00Z'),
      lapses: 1,
    };
    expect(missedState(prev, now)).toEqual({ ...prev, due: now });
  });
  it('keeps an earlier due date, unburies and keeps suspension', () => {
    const earlier = new Date('2026-11-30T00:00:00Z');
    const prev = {
      ...newCardState(now),
      lastReview: earlier,
      due: earlier,
      buriedUntil: new Date('2026-12-02T00:00:00Z'),
      suspended: true,
    };
    expect(missedState(prev, now)).toMatchObject({ due: earlier, buriedUntil: null, suspended: true });
  });
  it('gives a card never studied a first sight now, due now', () => {
    expect(missedState(null, now)).toEqual({ ...newCardState(now), lastReview: now, due: now });
  });
});
