/**
 * dilated-receptive-field: stacked 3×3 convolutions with all-ones kernels and
 * the chosen dilations, applied to an impulse (a single 1 in the centre). The
 * receptive field is read off the output: the side of its non-zero region.
 * Coverage is the share of the positions inside that bounding box the impulse
 * actually reaches: 100% for 1, 2, 4, a checkerboard of holes for 2, 2, 2.
 */
import * as tf from '@tensorflow/tfjs';
import type { Params } from '../registry';
import { L, num, series, snapshot, str, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

/** Side length of the bounding box of the non-zero pixels of a [size, size] image. */
function nonZeroSide(values: ArrayLike<number>, size: number): number {
  let lo = size;
  let hi = -1;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (values[r * size + c]! > 0) {
        lo = Math.min(lo, r, c);
        hi = Math.max(hi, r, c);
      }
    }
  }
  return hi < lo ? 0 : hi - lo + 1;
}

/** Share of the pixels inside the non-zero bounding box that are non-zero, in %. */
function coverage(values: ArrayLike<number>, size: number): number {
  let [top, left, bottom, right] = [size, size, -1, -1];
  let hits = 0;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (values[r * size + c]! > 0) {
        hits++;
        [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
      }
    }
  }
  return bottom < top ? 0 : (100 * hits) / ((bottom - top + 1) * (right - left + 1));
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  {
    key: 'main',
    title: L('每层之后的感受野', 'Receptive field after each layer'),
    x: L('层数', 'Layers'),
    y: L('边长 (px)', 'Side (px)'),
  },
  {
    key: 'coverage',
    title: L('感受野内真正用到的位置', 'Positions inside the field actually used'),
    x: L('层数', 'Layers'),
    y: L('覆盖率 (%)', 'Coverage (%)'),
  },
];

async function run(params: Params, _seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const dilations = str(params, 'dilations').split(',').map(Number);
  const size = num(params, 'size');
  const centre = Math.floor(size / 2);
  const impulse = new Float32Array(size * size);
  impulse[centre * size + centre] = 1;
  const kernel = tf.ones([3, 3, 1, 1]) as tf.Tensor4D;
  let x = tf.tensor4d(impulse, [1, size, size, 1]);
  const growth = series('rf', L('测得感受野边长', 'measured receptive field side'), [{ x: 0, y: 1 }]);
  const covered = series('coverage', L('覆盖率', 'coverage'), [{ x: 0, y: 100 }], 'coverage');
  let side = 1;
  let cover = 100;
  let params_ = 0;
  try {
    for (const [i, d] of dilations.entries()) {
      const next = tf.conv2d(x, kernel, 1, 'same', 'NHWC', d);
      x.dispose();
      x = next;
      params_ += kernel.size;
      const values = x.dataSync();
      side = nonZeroSide(values, size);
      cover = coverage(values, size);
      growth.points.push({ x: i + 1, y: side });
      covered.points.push({ x: i + 1, y: cover });
      onProgress?.({ charts: CHARTS, fraction: (i + 1) / dilations.length, series: snapshot([growth, covered]) });
      await yieldToEventLoop();
    }
  } finally {
    x.dispose();
    kernel.dispose();
  }
  return {
    metrics: { receptiveField: side, coverage: cover, params: params_ },
    series: [growth, covered],
    charts: CHARTS,
    notes:
      side >= size
        ? [
            L(
              '非零区域已经碰到输入边界：感受野可能比测得的更大，请加大输入尺寸。',
              'The non-zero region reaches the border: the receptive field may be larger than measured; increase the input size.',
            ),
          ]
        : undefined,
  };
}

const byField: Record<number, string> = { 15: 'rf-15', 7: 'rf-7', 9: 'rf-9' };

export function decide(metrics: Metrics): string {
  return byField[metrics.receptiveField ?? 0] ?? 'rf-other';
}

export const dilatedReceptiveField: Runnable = { id: 'dilated-receptive-field', run, decide };
