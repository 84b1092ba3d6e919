import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCard } from './queue';

const now = new Date('2026-01-15T12:00:00Z');
const fresh = (cardId: string, position: number, deckId: string): QueueCard => ({ cardId, deckId, state: null, position });
const assigned = Array.from({ length: 15 }, (_, i) => fresh(`a${i}`, i, 'assigned'));
const other = Array.from({ length: 15 }, (_, i) => fresh(`o${i}`, 100 + i, 'other'));
const own = (newPerDay: number, doneToday = 0) => [
  { deckId: 'assigned', cardIds: new Set(assigned.map((c) => c.cardId)), newPerDay, doneToday },
];
const newOf = (q: { cardId: string; kind: string }[], prefix: string) =>
  q.filter((e) => e.kind === 'new' && e.cardId.startsWith(prefix)).length;

describe("buildQueue with the learner's own per-deck new limit", () => {
  it("takes that deck's new cards up to its own limit, beyond the global one, and leaves the others at the global limit", () => {
    const q = buildQueue({ cards: [...assigned, ...other], now, timeZone: 'UTC', limits: { newPerDay: 5 }, ownNewLimits: own(12) });
    expect(newOf(q, 'a')).toBe(12);
    expect(newOf(q, 'o')).toBe(5);
  });
  it("counts today's new cards of the deck against its own limit", () => {
    const q = buildQueue({ cards: assigned, now, timeZone: 'UTC', limits: { newPerDay: 5 }, ownNewLimits: own(12, 10) });
    expect(newOf(q, 'a')).toBe(2);
  });
  it('a lower own limit caps the deck below the global limit', () => {
    const q = buildQueue({ cards: [...assigned, ...other], now, timeZone: 'UTC', limits: { newPerDay: 10 }, ownNewLimits: own(3) });
    expect(newOf(q, 'a')).toBe(3);
    expect(newOf(q, 'o')).toBe(10);
  });
  it('without own limits the global limit applies to every deck', () => {
    const q = buildQueue({ cards: [...assigned, ...other], now, timeZone: 'UTC', limits: { newPerDay: 5 } });
    expect(newOf(q, 'a') + newOf(q, 'o')).toBe(5);
  });
});
