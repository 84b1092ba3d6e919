/**
 * `content:verify`: is every predict card fair on any seed? Each card's experiment runs
 * with the card's own params on many seeds; the card's answer is the outcome most seeds
 * return, and the card fails when more than `allowedMisses` seeds return something else
 * (for a numeric card: a value farther than its tolerance from the median).
 * Pure apart from the injected `run`, so the rule is unit-tested without tfjs.
 */
import type { Params } from './registry';
import type { Metrics } from './types';

export interface VerifiableCard {
  id: string;
  file: string;
  line: number;
  experiment: string;
  params: Params;
  /** Numeric cards: the metric and tolerance; option cards leave these out. */
  metric?: string;
  tolerance?: number;
}

export interface SeedResult {
  seed: number;
  outcome: string;
  metrics: Metrics;
}

export interface CardVerdict {
  card: VerifiableCard;
  /** The outcome most seeds return (or the median value, as text, for a numeric card). */
  answer: string;
  results: SeedResult[];
  /** Seeds whose answer differs from `answer`. */
  misses: number[];
  ok: boolean;
  ms: number;
}

/** Params that count training steps: `--max-steps` caps them to keep CI fast. */
export const STEP_PARAMS: readonly string[] = ['epochs', 'steps'];

export function capSteps(params: Params, maxSteps: number | undefined): Params {
  if (maxSteps === undefined) return params;
  const out = { ...params };
  for (const key of STEP_PARAMS) {
    const v = out[key];
    if (typeof v === 'number' && v > maxSteps) out[key] = maxSteps;
  }
  return out;
}

/** `n` distinct seeds in 1..2^31−1 from a source of uniform numbers in [0, 1). */
export function drawSeeds(n: number, random: () => number): number[] {
  const seeds = new Set<number>();
  while (seeds.size < n) seeds.add(1 + Math.floor(random() * 2147483646));
  return [...seeds];
}

/** `1,2,3` → [1, 2, 3]; undefined when any entry is not a non-negative integer. */
export function parseSeedList(text: string): number[] | undefined {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return undefined;
  const seeds = parts.map(Number);
  return seeds.every((s) => Number.isSafeInteger(s) && s <= 0xffffffff) ? seeds : undefined;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The verdict on one card from its per-seed results. */
export function judge(card: VerifiableCard, results: SeedResult[], allowedMisses: number, ms = 0): CardVerdict {
  if (card.metric !== undefined) {
    const values = results.map((r) => r.metrics[card.metric!] ?? Number.NaN);
    const mid = median(values);
    const misses = results.filter((_, i) => !(Math.abs(values[i]! - mid) <= (card.tolerance ?? 0))).map((r) => r.seed);
    return { card, answer: String(mid), results, misses, ok: misses.length <= allowedMisses, ms };
  }
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const answer = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const misses = results.filter((r) => r.outcome !== answer).map((r) => r.seed);
  return { card, answer, results, misses, ok: misses.length <= allowedMisses, ms };
}

/** Runs one card on every seed (one after another: tfjs in Node is single-threaded anyway). */
export async function verifyCard(
  card: VerifiableCard,
  seeds: readonly number[],
  run: (experiment: string, params: Params, seed: number) => Promise<{ outcome: string; metrics: Metrics }>,
  options: { allowedMisses: number; maxSteps?: number },
): Promise<CardVerdict> {
  const t0 = performance.now();
  const params = capSteps(card.params, options.maxSteps);
  const results: SeedResult[] = [];
  for (const seed of seeds) {
    const r = await run(card.experiment, params, seed);
    results.push({ seed, outcome: r.outcome, metrics: r.metrics });
  }
  return judge(card, results, options.allowedMisses, performance.now() - t0);
}
