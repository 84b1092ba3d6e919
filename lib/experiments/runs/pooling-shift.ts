/**
 * pooling-shift: the notes' claim that pooling gives some translation invariance.
 * How much does a downsampled feature map change when the image moves by a pixel
 * or two? Relative change = ||f(x) − f(shift(x))|| / ||f(x)||, averaged over images,
 * for max pooling and average pooling against the fair baseline: a stride-s
 * subsample (keep one pixel per s×s window, no pooling), which shrinks the map just
 * as much. The raw pixels' change is shown for reference.
 *
 * Images: a few pen strokes (2–4 random line segments about 2 px wide) on a
 * black 32×32 canvas, like handwritten digits; or smooth Gaussian blobs. The
 * shift is horizontal; strokes keep a margin, so nothing falls off the edge.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32, type Rng } from '../prng';
import type { Params } from '../registry';
import { L, num, series, snapshot, str, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable, Series } from '../types';

const SIDE = 32;
const MARGIN = 5;
const STROKE_RADIUS = 0.7;
const MAX_SHIFT = 3;

function strokes(rng: Rng): Float32Array {
  const im = new Float32Array(SIDE * SIDE);
  const span = SIDE - 2 * MARGIN;
  const count = 2 + Math.floor(rng() * 3);
  for (let s = 0; s < count; s++) {
    const [x0, y0, x1, y1] = [0, 0, 0, 0].map(() => MARGIN + rng() * span) as [number, number, number, number];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 3));
    for (let t = 0; t <= steps; t++) {
      const px = x0 + ((x1 - x0) * t) / steps;
      const py = y0 + ((y1 - y0) * t) / steps;
      for (let r = Math.floor(py - 1); r <= Math.ceil(py + 1); r++) {
        for (let c = Math.floor(px - 1); c <= Math.ceil(px + 1); c++) {
          if (Math.hypot(r - py, c - px) <= STROKE_RADIUS + 0.5) im[r * SIDE + c] = 1;
        }
      }
    }
  }
  return im;
}

function blobs(rng: Rng): Float32Array {
  const im = new Float32Array(SIDE * SIDE);
  for (let b = 0; b < 4; b++) {
    const cx = MARGIN + 1 + rng() * (SIDE - 2 * MARGIN - 2);
    const cy = MARGIN + 1 + rng() * (SIDE - 2 * MARGIN - 2);
    const sigma = 1 + 2 * rng();
    for (let r = 0; r < SIDE; r++) {
      for (let c = 0; c < SIDE; c++) im[r * SIDE + c]! += Math.exp(-((r - cy) ** 2 + (c - cx) ** 2) / (2 * sigma * sigma));
    }
  }
  return im;
}

/** Moves every image `k` pixels right, filling with zeros. */
function shiftRight(images: Float32Array, count: number, k: number): Float32Array {
  const out = new Float32Array(images.length);
  for (let i = 0; i < count; i++) {
    for (let r = 0; r < SIDE; r++) {
      const row = i * SIDE * SIDE + r * SIDE;
      for (let c = 0; c + k < SIDE; c++) out[row + c + k] = images[row + c]!;
    }
  }
  return out;
}

type Kind = 'raw' | 'subsample' | 'max' | 'avg';
const KINDS: readonly Kind[] = ['raw', 'subsample', 'max', 'avg'];

/** Mean over images of the relative change between f(x) and f(shift(x)). */
function relativeChanges(x: tf.Tensor4D, shifted: tf.Tensor4D, pool: number): Record<Kind, number> {
  return tf.tidy(() => {
    const side = Math.floor((SIDE - pool) / pool) + 1; // the output side of a valid pool
    const f: Record<Kind, (t: tf.Tensor4D) => tf.Tensor4D> = {
      raw: (t) => t,
      subsample: (t) => tf.stridedSlice(t, [0, 0, 0, 0], [t.shape[0], side * pool, side * pool, 1], [1, pool, pool, 1]) as tf.Tensor4D,
      max: (t) => tf.maxPool(t, pool, pool, 'valid'),
      avg: (t) => tf.avgPool(t, pool, pool, 'valid'),
    };
    const out = {} as Record<Kind, number>;
    for (const kind of KINDS) {
      const a = f[kind](x);
      const b = f[kind](shifted);
      const l2 = (t: tf.Tensor) => tf.sqrt(tf.sum(tf.square(t), [1, 2, 3]));
      const rel = tf.div(l2(tf.sub(a, b)), l2(a));
      out[kind] = tf.mean(rel).dataSync()[0]!;
    }
    return out;
  });
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  {
    key: 'main',
    title: L('平移后的相对变化', 'Relative change after a shift'),
    x: L('平移像素', 'Shift (px)'),
    y: L('‖f(x) − f(平移 x)‖ / ‖f(x)‖', '‖f(x) − f(shifted x)‖ / ‖f(x)‖'),
  },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const pool = num(params, 'poolSize');
  const shift = num(params, 'shift');
  const count = num(params, 'images');
  const family = str(params, 'family');
  const rng = mulberry32(seed);
  const draw = family === 'blobs' ? blobs : strokes;
  const images = new Float32Array(count * SIDE * SIDE);
  for (let i = 0; i < count; i++) images.set(draw(rng), i * SIDE * SIDE);

  const curves: Record<Kind, Series> = {
    raw: series('raw', L('原始像素', 'raw pixels'), [{ x: 0, y: 0 }]),
    subsample: series('subsample', L('步长下采样（不池化）', 'stride subsample (no pooling)'), [{ x: 0, y: 0 }]),
    max: series('max', L('最大池化', 'max pooling'), [{ x: 0, y: 0 }]),
    avg: series('avg', L('平均池化', 'average pooling'), [{ x: 0, y: 0 }]),
  };
  let atShift: Record<Kind, number> | undefined;
  const x = tf.tensor4d(images, [count, SIDE, SIDE, 1]);
  try {
    for (let k = 1; k <= MAX_SHIFT; k++) {
      const shifted = tf.tensor4d(shiftRight(images, count, k), [count, SIDE, SIDE, 1]);
      const changes = relativeChanges(x, shifted, pool);
      shifted.dispose();
      if (k === shift) atShift = changes;
      for (const kind of KINDS) curves[kind].points.push({ x: k, y: changes[kind] });
      onProgress?.({ charts: CHARTS, fraction: k / MAX_SHIFT, series: snapshot(Object.values(curves)) });
      await yieldToEventLoop();
    }
  } finally {
    x.dispose();
  }
  if (!atShift) throw new Error(`shift ${shift} is outside 1..${MAX_SHIFT}`);
  return {
    metrics: { maxChange: atShift.max, avgChange: atShift.avg, subsampleChange: atShift.subsample, rawChange: atShift.raw },
    series: Object.values(curves),
    charts: CHARTS,
  };
}

/** Pooled maps must change at least this much less (relative) than the subsample to count as steadier. */
const MARGIN_REL = 0.01;

/** Both poolings steadier than the subsample, the subsample steadier than both, or neither clearly. */
export function decide(metrics: Metrics): string {
  const sub = metrics.subsampleChange ?? 0;
  const pooled = [metrics.maxChange ?? 0, metrics.avgChange ?? 0];
  if (pooled.every((p) => p < sub * (1 - MARGIN_REL))) return 'pooled-changes-less';
  if (pooled.every((p) => sub < p * (1 - MARGIN_REL))) return 'subsample-changes-less';
  return 'mixed';
}

export const poolingShift: Runnable = { id: 'pooling-shift', run, decide };
