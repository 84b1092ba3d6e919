/**
 * conv-output-size: pads a seeded random input with p zeros per side (tf.pad), runs a real
 * tf.conv2d over it with 'valid' padding, the kernel size, stride and dilation, and reads the
 * output side off the output tensor's shape. The formula of the notes is never used here:
 * it is what the learner predicts, and the lab shows it beside the measurement afterwards.
 *
 * tfjs refuses a stride above 1 together with a dilation above 1 ("either strides or
 * dilations must be 1"), so that case runs the dilated conv with stride 1 and keeps every
 * s-th row and column from the first (tf.stridedSlice): the definition of a stride.
 *
 * A second pass measures which rows of the padded input the output reads: a batch of
 * images, image r all ones in row r, through an all-ones kernel; the output sum of image r
 * is (output rows reading row r) × k × output width. Rows nobody reads are the edge the
 * floor drops (and, with a stride above the effective kernel, the gaps between windows).
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../prng';
import type { Params } from '../registry';
import { L, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

const MAX_STRIDE = 4;

function conv(x: tf.Tensor4D, w: tf.Tensor4D, stride: number, dilation: number): tf.Tensor4D {
  if (stride === 1 || dilation === 1) return tf.conv2d(x, w, stride, 'valid', 'NHWC', dilation);
  return tf.tidy(() => {
    const full = tf.conv2d(x, w, 1, 'valid', 'NHWC', dilation);
    const [b, h, wd, c] = full.shape;
    return tf.stridedSlice(full, [0, 0, 0, 0], [b, h, wd, c], [1, stride, stride, 1]) as tf.Tensor4D;
  });
}

/** How many output rows read each row of the padded input (index = row). */
function rowReads(padded: number, k: number, stride: number, dilation: number): number[] {
  return tf.tidy(() => {
    const rows = tf
      .oneHot(tf.range(0, padded, 1, 'int32'), padded)
      .cast('float32')
      .reshape([padded, padded, 1, 1]);
    const images = tf.tile(rows, [1, 1, padded, 1]) as tf.Tensor4D; // image r: row r all ones
    const out = conv(images, tf.ones([k, k, 1, 1]), stride, dilation);
    const perImage = out.sum([1, 2, 3]).dataSync();
    const outWidth = out.shape[2];
    return Array.from(perImage, (v) => Math.round(v / (k * outWidth)));
  });
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
function charts(stride: number): ChartSpec[] {
  return [
    {
      key: 'main',
      title: L('各步长下测得的输出边长', 'Measured output side for each stride'),
      x: L('步长', 'Stride'),
      y: L('输出边长 (px)', 'Output side (px)'),
      kind: 'bar',
      categories: Array.from({ length: MAX_STRIDE }, (_, i) => i + 1),
      highlight: stride,
    },
    {
      key: 'reads',
      title: L('补零后输入的每一行被几行输出读到', 'Output rows reading each row of the padded input'),
      x: L('补零后输入的行', 'Row of the padded input'),
      y: L('读到它的输出行数', 'Output rows reading it'),
    },
  ];
}

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const n = num(params, 'size');
  const k = num(params, 'kernelSize');
  const p = num(params, 'padding');
  const s = num(params, 'stride');
  const d = num(params, 'dilation');
  const rng = mulberry32(seed);
  const input = tf.tensor4d(
    Float32Array.from({ length: n * n }, () => rng() * 2 - 1),
    [1, n, n, 1],
  );
  const kernel = tf.tensor4d(
    Float32Array.from({ length: k * k }, () => rng() * 2 - 1),
    [k, k, 1, 1],
  );
  const padded = tf.pad(input, [
    [0, 0],
    [p, p],
    [p, p],
    [0, 0],
  ]) as tf.Tensor4D;
  try {
    const paddedSize = padded.shape[1];
    const chartSpecs = charts(s);
    const sweep = series('side', L('测得的输出边长', 'measured output side'), []);
    let measured = { h: 0, w: 0 };
    for (let stride = 1; stride <= MAX_STRIDE; stride++) {
      const out = conv(padded, kernel, stride, d);
      const [, h, w] = out.shape;
      out.dispose();
      sweep.points.push({ x: stride, y: h });
      if (stride === s) measured = { h, w };
      onProgress?.({ charts: chartSpecs, fraction: stride / (MAX_STRIDE + 1), series: snapshot([sweep]) });
      await yieldToEventLoop();
    }
    const reads = rowReads(paddedSize, k, s, d);
    const readSeries = series(
      'reads',
      L('读到这一行的输出行数', 'output rows reading this row'),
      reads.map((y, i) => ({ x: i + 1, y })),
      'reads',
    );
    return {
      metrics: {
        outputSize: measured.h,
        outputWidth: measured.w,
        paddedSize,
        unreadRows: reads.filter((r) => r === 0).length,
      },
      series: [sweep, readSeries],
      charts: chartSpecs,
      notes: [
        L(
          `随机输入 ${n}×${n} 先用 tf.pad 每侧补 ${p} 个零，再用 tf.conv2d（valid）卷积；输出边长读自输出张量的形状。`,
          `A random ${n}×${n} input is padded with ${p} zeros per side (tf.pad), then convolved with tf.conv2d ('valid'); the output side is read from the output tensor's shape.`,
        ),
        ...(s > 1 && d > 1
          ? [
              L(
                'tfjs 不支持步长和膨胀率同时大于 1：这里先用步长 1 做空洞卷积，再每隔 s 行、s 列取一个位置，这正是步长的定义。',
                'tfjs does not take a stride and a dilation both above 1: the dilated conv runs with stride 1, then every s-th row and column is kept, which is what a stride means.',
              ),
            ]
          : []),
      ],
    };
  } finally {
    input.dispose();
    kernel.dispose();
    padded.dispose();
  }
}

/** Compares the measured side with the input side; the formula plays no part. */
export function decide(metrics: Metrics, params: Params): string {
  const out = metrics.outputSize ?? 0;
  const n = num(params, 'size');
  return out < n ? 'smaller' : out === n ? 'same' : 'larger';
}

export const convOutputSize: Runnable = { id: 'conv-output-size', run, decide };
