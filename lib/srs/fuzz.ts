/**
 * Interval fuzz, in the spirit of Anki's: cards learned together should not
 * stay bunched on the same days. Deterministic: the same seed gives the same
 * offset, so `schedule` stays pure and a preview matches the real answer.
 */

/** Intervals shorter than this many days are never fuzzed. */
export const FUZZ_MIN_INTERVAL = 3;
/** Relative spread: ±5% of the interval. */
export const FUZZ_FRACTION = 0.05;

/** The largest offset in days fuzz may apply to `interval`: max(1, round(5% of it)), 0 below 3 days. */
export function fuzzRange(interval: number): number {
  if (interval < FUZZ_MIN_INTERVAL) return 0;
  return Math.max(1, Math.round(interval * FUZZ_FRACTION));
}

/** FNV-1a over the seed's string form, then one mulberry32 step: a number in [0, 1). */
export function seededUnit(seed: string | number): number {
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** `interval` moved by a whole number of days in [−fuzzRange, +fuzzRange], chosen by the seed. */
export function applyFuzz(interval: number, seed: string | number): number {
  const range = fuzzRange(interval);
  if (range === 0) return interval;
  return interval - range + Math.floor(seededUnit(seed) * (2 * range + 1));
}
