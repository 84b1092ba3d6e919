import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEARNING_STEPS } from './learning';
import { buildQueue, sameDayDueAt, type QueueCard, type SiblingOptions } from './queue';
import { newCardState, schedule, type CardState } from './sm2';

const timeZone = 'UTC';
const now = new Date('2026-01-15T12:00:00Z');
const day = (d: number, h = 4) => new Date(Date.UTC(2026, 0, d, h));
const reviewDue = (d: number): CardState => ({ ...newCardState(now), repetitions: 2, interval: 6, lastReview: day(d - 6), due: day(d) });
const card = (cardId: string, groupId: string, state: CardState | null, position = 0): QueueCard => ({
  cardId,
  groupId,
  deckId: 'd1',
  state,
  position,
});
const kinds = (q: { cardId: string; kind: string }[]) => q.map((e) => `${e.kind}:${e.cardId}`);

describe('buildQueue: siblings kept apart', () => {
  it('serves one card of a group a day: the first in queue order; the other waits for tomorrow', () => {
    const cards = [card('a1', 'A', null, 1), card('a2', 'A', null, 2), card('b1', 'B', null, 3), card('r', 'B', reviewDue(14))];
    expect(kinds(buildQueue({ timeZone, now, cards }))).toEqual(['review:r', 'new:a1']);
    const tomorrow = new Date('2026-01-16T12:00:00Z');
    const answered = { ...reviewDue(22), lastReview: day(15, 11) };
    expect(kinds(buildQueue({ timeZone, now: tomorrow, cards: [cards[1]!, cards[2]!, card('r', 'B', answered)] }))).toEqual([
      'new:a2',
      'new:b1',
    ]);
  });

  it('leaves out a card whose sibling was answered today, but not the answered card itself', () => {
    const cards = [card('a1', 'A', null, 1), card('a2', 'A', null, 2), card('c', 'C', null, 3)];
    const siblings: SiblingOptions = { answeredToday: [{ cardId: 'a1', groupId: 'A' }] };
    expect(kinds(buildQueue({ timeZone, now, cards, siblings }))).toEqual(['new:a1', 'new:c']);
    expect(kinds(buildQueue({ timeZone, now, cards: cards.slice(1), siblings }))).toEqual(['new:c']);
  });

  it('a same-day repeat keeps its siblings out and is itself never left out', () => {
    const failed = schedule(reviewDue(15), 1, new Date('2026-01-15T10:00:00Z'), { timeZone });
    const cards = [card('rep', 'A', failed), card('a2', 'A', null, 1), card('r2', 'A', reviewDue(14))];
    expect(kinds(buildQueue({ timeZone, now, cards }))).toEqual(['repeat:rep']);
  });

  it('each switch turns off burying for its kind only', () => {
    const cards = [card('r', 'A', reviewDue(14)), card('n', 'A', null, 1), card('r2', 'A', reviewDue(13))];
    const off = (buryNew: boolean, buryReviews: boolean) => kinds(buildQueue({ timeZone, now, cards, siblings: { buryNew, buryReviews } }));
    expect(off(true, true)).toEqual(['review:r2']);
    expect(off(false, true)).toEqual(['review:r2', 'new:n']);
    expect(off(true, false)).toEqual(['review:r2', 'review:r']);
    expect(off(false, false)).toEqual(['review:r2', 'review:r', 'new:n']);
  });

  it('a buried sibling takes no place in the daily limit', () => {
    const cards = [card('a1', 'A', null, 1), card('a2', 'A', null, 2), card('b1', 'B', null, 3)];
    expect(kinds(buildQueue({ timeZone, now, cards, limits: { newPerDay: 2 } }))).toEqual(['new:a1', 'new:b1']);
  });

  it('property: with both switches on, no group is served twice, and none that was answered today by another card', () => {
    const cardArb = fc.record({
      group: fc.constantFrom('A', 'B', 'C', 'D'),
      state: fc.constantFrom<'new' | 'due' | 'later'>('new', 'due', 'later'),
      position: fc.nat(50),
    });
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 20 }), fc.subarray(['A', 'B', 'C', 'D']), (specs, answered) => {
        const cards = specs.map((s, i) =>
          card(`c${i}`, s.group, s.state === 'new' ? null : reviewDue(s.state === 'due' ? 14 : 17), s.position),
        );
        const answeredToday = answered.map((g) => ({ cardId: `gone-${g}`, groupId: g }));
        const q = buildQueue({ timeZone, now, cards, siblings: { answeredToday } });
        const groups = q.map((e) => cards.find((c) => c.cardId === e.cardId)!.groupId!);
        expect(new Set(groups).size).toBe(groups.length);
        for (const g of groups) expect(answered).not.toContain(g);
        // Every group with a servable card and no answer today is served once.
        const servable = new Set(specs.filter((s) => s.state !== 'later').map((s) => s.group));
        for (const g of servable) if (!answered.includes(g)) expect(groups).toContain(g);
      }),
    );
  });
});

describe('buildQueue: learning steps', () => {
  const opts = { timeZone, rolloverHour: 4, learning: DEFAULT_LEARNING_STEPS };
  it('serves a card in a step as a repeat with its due time: waiting until then, first once it has come', () => {
    const stepped = schedule(null, 4, new Date('2026-01-15T11:55:00Z'), opts); // back at 12:05
    const cards = [card('s', 'S', stepped), card('n', 'N', null, 1)];
    const q = buildQueue({ timeZone, now, cards });
    expect(kinds(q)).toEqual(['new:n', 'repeat:s']);
    expect(q[1]!.dueAt?.toISOString()).toBe('2026-01-15T12:05:00.000Z');
    expect(kinds(buildQueue({ timeZone, now: new Date('2026-01-15T12:05:00Z'), cards }))).toEqual(['repeat:s', 'new:n']);
  });

  it('a step ending after the rollover is not today’s: it is tomorrow’s first card', () => {
    const late = schedule(null, 4, new Date('2026-01-16T03:55:00Z'), opts);
    expect(sameDayDueAt(late, new Date('2026-01-16T03:56:00Z'), { timeZone })).toBeNull();
    expect(buildQueue({ timeZone, now: new Date('2026-01-16T03:56:00Z'), cards: [card('s', 'S', late)] })).toEqual([]);
    expect(kinds(buildQueue({ timeZone, now: new Date('2026-01-16T04:06:00Z'), cards: [card('s', 'S', late)] }))).toEqual(['repeat:s']);
  });

  it('the SM-2 repeat is due ten minutes after its answer', () => {
    const failed = schedule(reviewDue(15), 1, new Date('2026-01-15T11:00:00Z'), { timeZone });
    expect(sameDayDueAt(failed, now, { timeZone })?.toISOString()).toBe('2026-01-15T11:10:00.000Z');
    expect(sameDayDueAt(reviewDue(15), now, { timeZone })).toBeNull();
  });
});
