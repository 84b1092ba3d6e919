/** Small seeded random helpers: the experiments never use Math.random. */

export type Rng = () => number;

/** mulberry32: a 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples (Box-Muller). */
export function gaussian(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Derives a distinct positive integer seed for a sub-component (tfjs treats seed 0 as "random"). */
export function subSeed(seed: number, salt: number): number {
  const r = mulberry32((seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0);
  return 1 + Math.floor(r() * 2147483646);
}

/** Fisher-Yates shuffle of 0..n-1. */
export function permutation(n: number, rng: Rng): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return idx;
}
