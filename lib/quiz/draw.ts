/**
 * The seeded draw: the same candidates, count and seed always give the same items, and the
 * items are balanced across topics. Pure; see ./README.md.
 */
import { mulberry32, permutation, type Rng } from '@/lib/experiments/prng';

export interface DrawCandidate {
  cardId: string;
  /** The topic the card is balanced under (see `groupOf`). */
  group: string;
  position: number;
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  return permutation(items.length, rng).map((i) => items[i]!);
}

const byPosition = (a: DrawCandidate, b: DrawCandidate) =>
  a.position - b.position || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

/**
 * Draws up to `count` cards. Each topic's cards are shuffled, then the topics are taken in
 * turn (round robin, in a shuffled order), so no topic gets more than its share plus one
 * while the others still have cards; the drawn items are shuffled once more so the topics
 * do not come in a fixed rhythm. The input order never matters: candidates are sorted first.
 */
export function drawItems(candidates: readonly DrawCandidate[], count: number, seed: number): DrawCandidate[] {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const groups = new Map<string, DrawCandidate[]>();
  for (const c of [...candidates].sort(byPosition)) {
    if (seen.has(c.cardId)) continue;
    seen.add(c.cardId);
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const order = shuffled([...groups.keys()].sort(), rng);
  const queues = order.map((g) => shuffled(groups.get(g)!, rng));
  const out: DrawCandidate[] = [];
  for (let round = 0; out.length < count; round++) {
    let took = false;
    for (const q of queues) {
      const next = q[round];
      if (!next || out.length >= count) continue;
      out.push(next);
      took = true;
    }
    if (!took) break;
  }
  return shuffled(out, rng);
}
