/**
 * Axis domains and tick values for the charts, on top of visx's (d3's) linear scale.
 * Pure, so the rules are unit-tested: an axis of whole numbers (epochs, counts,
 * parameters) gets whole-number ticks only, and a flat series still gets an axis.
 */
import { scaleLinear } from '@visx/scale';

export type Domain = readonly [number, number];

/** Smallest and largest finite value; [0, 1] when there is none. */
export function extent(values: readonly number[]): Domain {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === Infinity ? [0, 1] : [min, max];
}

/** True when every finite value is a whole number (and there is at least one). */
export function isIntegerValued(values: readonly number[]): boolean {
  const finite = values.filter(Number.isFinite);
  return finite.length > 0 && finite.every(Number.isInteger);
}

/**
 * The domain an axis shows for these values: widened when flat (±1 for whole numbers,
 * ±10% otherwise), grown to round numbers when `nice`, and reaching down (or up) to 0
 * when `zero` and the data sit on one side of it, so bars and counts start at zero. Give
 * `count` as for axisTicks, so the domain ends on a tick.
 */
export function axisDomain(values: readonly number[], { integer = false, nice = true, zero = false, count = 5 } = {}): Domain {
  let [min, max] = extent(values);
  if (zero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (min === max) {
    const pad = integer ? 1 : min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
    if (integer && zero && extent(values)[0] >= 0) min = Math.max(0, min);
  }
  if (!nice) return [min, max];
  const [a, b] = scaleLinear<number>({ domain: [min, max] })
    .nice(count)
    .domain() as [number, number];
  return [a, b];
}

/**
 * About `count` round tick values inside the domain. Whole numbers only when `integer`:
 * an epoch axis from 1 to 3 reads 1, 2, 3, never 1.5.
 */
export function axisTicks(domain: Domain, { count = 5, integer = false }: { count?: number; integer?: boolean } = {}): number[] {
  const [min, max] = domain;
  if (!(max > min)) return Number.isFinite(min) ? [min] : [];
  const scale = scaleLinear<number>({ domain: [min, max] });
  let ticks = scale.ticks(Math.max(1, count));
  if (integer) {
    ticks = ticks.filter(Number.isInteger);
    if (ticks.length < 2) {
      // A span too short for d3's step: every whole number inside it, at most count + 1 of them.
      const lo = Math.ceil(min);
      const hi = Math.floor(max);
      const step = Math.max(1, Math.ceil((hi - lo) / Math.max(1, count)));
      ticks = [];
      for (let t = lo; t <= hi; t += step) ticks.push(t);
    }
  }
  // -0 and 1e-17 noise read as 0.
  return ticks.map((t) => (Math.abs(t) < Math.abs(max - min) * 1e-12 ? 0 : t));
}

/** How many ticks fit along an axis of this length, at one per `spacing` pixels (2 at least). */
export function tickCount(lengthPx: number, spacing = 60): number {
  return Math.max(2, Math.floor(lengthPx / spacing));
}
