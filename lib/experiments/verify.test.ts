import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng';
import { capSteps, drawSeeds, judge, parseSeedList, verifyCard, type VerifiableCard } from './verify';

const card: VerifiableCard = { id: 'c', file: 'content/notes/x.md', line: 3, experiment: 'e', params: { epochs: 200, rate: 0.5 } };
const results = (outcomes: string[]) => outcomes.map((outcome, i) => ({ seed: i + 1, outcome, metrics: {} }));

describe('content:verify rule', () => {
  it('takes the answer most seeds give and allows at most one seed to differ', () => {
    expect(judge(card, results(['a', 'a', 'a', 'b']), 1)).toMatchObject({ answer: 'a', misses: [4], ok: true });
    expect(judge(card, results(['a', 'b', 'a', 'b', 'a']), 1)).toMatchObject({ answer: 'a', misses: [2, 4], ok: false });
  });

  it('judges a numeric card by its tolerance around the median', () => {
    const numeric = { ...card, metric: 'm', tolerance: 1 };
    const r = [5, 5.5, 6, 9].map((m, i) => ({ seed: i + 1, outcome: 'x', metrics: { m } }));
    expect(judge(numeric, r, 1)).toMatchObject({ misses: [4], ok: true });
    expect(judge(numeric, r, 0).ok).toBe(false);
  });

  it('runs every seed with the card params, capping step params only when asked', async () => {
    const calls: Array<[string, unknown, number]> = [];
    const run = async (id: string, params: unknown, seed: number) => {
      calls.push([id, params, seed]);
      return { outcome: seed === 2 ? 'b' : 'a', metrics: {} };
    };
    const v = await verifyCard(card, [1, 2, 3], run, { allowedMisses: 1, maxSteps: 50 });
    expect(calls).toEqual([1, 2, 3].map((s) => ['e', { epochs: 50, rate: 0.5 }, s]));
    expect(v).toMatchObject({ answer: 'a', misses: [2], ok: true });
    expect(capSteps(card.params, undefined)).toBe(card.params);
  });

  it('draws distinct seeds and parses a replay list', () => {
    const seeds = drawSeeds(20, mulberry32(1));
    expect(new Set(seeds).size).toBe(20);
    expect(seeds.every((s) => Number.isInteger(s) && s >= 1)).toBe(true);
    expect(parseSeedList('1, 2,3')).toEqual([1, 2, 3]);
    expect(parseSeedList('1,x')).toBeUndefined();
    expect(parseSeedList('')).toBeUndefined();
  });
});
