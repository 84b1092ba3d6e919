/** Pure helpers for the SVG charts: extents and "nice" tick values. */

export interface Extent {
  min: number;
  max: number;
}

/** Extent of the values, widened when flat so a constant series still gets an axis. */
export function extent(values: readonly number[]): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return { min: 0, max: 1 };
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return { min: min - pad, max: max + pad };
  }
  return { min, max };
}

/** About `count` round tick values (1, 2, 5 × 10^k steps) covering the extent. */
export function niceTicks({ min, max }: Extent, count = 5): number[] {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return [min];
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power) as number;
  const first = Math.ceil(min / step - 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  // Integer multiples of the step, rounded, so 0 is 0 and not -1.4e-17.
  for (let k = first; k * step <= max + step * 1e-9; k++) ticks.push(Number((k * step).toFixed(decimals)) || 0);
  return ticks;
}

/** Extent grown to whole tick steps, so the outermost ticks sit on the frame. */
export function niceExtent(e: Extent, count = 5): Extent {
  const ticks = niceTicks(e, count);
  if (ticks.length < 2) return e;
  const step = ticks[1]! - ticks[0]!;
  return {
    min: Math.min(e.min, ticks[0]! > e.min ? ticks[0]! - step : ticks[0]!),
    max: Math.max(e.max, ticks.at(-1)! < e.max ? ticks.at(-1)! + step : ticks.at(-1)!),
  };
}

/** Short tick text: at most 4 significant digits, no trailing zeros. */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1);
  return String(Number(v.toPrecision(4)));
}
