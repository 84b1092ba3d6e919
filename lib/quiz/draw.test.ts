import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawItems, type DrawCandidate } from './draw';

const candidates = fc
  .array(fc.record({ group: fc.constantFrom('a', 'b', 'c', 'd', 'e'), position: fc.nat(1000) }), { maxLength: 60 })
  .map((rows) => rows.map((r, i): DrawCandidate => ({ ...r, cardId: `card${i}` })));

const counts = (items: readonly DrawCandidate[]) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.group, (m.get(i.group) ?? 0) + 1);
  return m;
};

describe('drawItems', () => {
  it('is deterministic: same candidates (in any order), count and seed give the same items', () => {
    fc.assert(
      fc.property(candidates, fc.nat(40), fc.nat(), (cands, n, seed) => {
        const again = drawItems([...cands].reverse(), n, seed);
        expect(drawItems(cands, n, seed)).toEqual(again);
      }),
    );
  });
  it('draws min(count, candidates) distinct cards from the candidates', () => {
    fc.assert(
      fc.property(candidates, fc.nat(40), fc.nat(), (cands, n, seed) => {
        const items = drawItems(cands, n, seed);
        expect(items).toHaveLength(Math.min(n, cands.length));
        expect(new Set(items.map((i) => i.cardId)).size).toBe(items.length);
        const ids = new Set(cands.map((c) => c.cardId));
        expect(items.every((i) => ids.has(i.cardId))).toBe(true);
      }),
    );
  });
  it('gives no topic more than its share plus one while another topic still has cards left', () => {
    fc.assert(
      fc.property(candidates, fc.nat(40), fc.nat(), (cands, n, seed) => {
        const items = drawItems(cands, n, seed);
        const drawn = counts(items);
        const available = counts(cands);
        const groups = [...available.keys()];
        const share = Math.floor(n / Math.max(1, groups.length));
        for (const g of groups) {
          const got = drawn.get(g) ?? 0;
          // A topic over its share + 1 is only allowed when some other topic ran out of cards.
          const othersExhausted = groups.some((h) => h !== g && (drawn.get(h) ?? 0) === available.get(h));
          if (!othersExhausted) expect(got).toBeLessThanOrEqual(share + 1);
          // And never more than one card ahead of a topic that still had cards.
          for (const h of groups) if ((drawn.get(h) ?? 0) < available.get(h)!) expect(got).toBeLessThanOrEqual((drawn.get(h) ?? 0) + 1);
        }
      }),
    );
  });
  it('changes with the seed', () => {
    const cands = Array.from({ length: 30 }, (_, i) => ({ cardId: `c${i}`, group: `g${i % 3}`, position: i }));
    const a = drawItems(cands, 6, 1).map((i) => i.cardId);
    const b = drawItems(cands, 6, 2).map((i) => i.cardId);
    expect(a).not.toEqual(b);
    expect([...counts(drawItems(cands, 6, 1)).values()]).toEqual([2, 2, 2]);
  });
});
