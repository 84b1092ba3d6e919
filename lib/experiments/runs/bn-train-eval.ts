/**
 * bn-train-eval: one Dense → BatchNorm → ReLU → Dropout → Dense net, applied to
 * the same batch in training mode (batch statistics, random dropout masks) and
 * in inference mode (moving statistics, no dropout) — tfjs's
 * `apply(x, { training })` is PyTorch's train()/eval().
 *
 * The two layers' effects are measured apart: a pass with BN in training mode
 * but dropout off shows BN's part (batch vs moving statistics, deterministic);
 * the pass-to-pass spread of full training-mode passes shows dropout's part
 * (BN's batch statistics are the same for the same batch on every pass).
 */
import * as tf from '@tensorflow/tfjs';
import { gaussian, mulberry32, subSeed } from '../prng';
import type { Params } from '../registry';
import { L, mean, num, series, snapshot, std, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

const DIM = 4;
const HIDDEN = 16;
/** Training-mode passes over other batches first, so the moving statistics have adapted to the data. */
const WARMUP = 30;

function batch(rng: () => number, n: number): tf.Tensor2D {
  const rows = Array.from({ length: n }, () => Array.from({ length: DIM }, (_, d) => 2 + (1 + d) * gaussian(rng)));
  return tf.tensor2d(rows, [n, DIM]);
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  {
    key: 'main',
    title: L('同一输入、重复前向的输出', 'Output for the same input, pass after pass'),
    x: L('第几次前向', 'Pass'),
    y: L('输出', 'Output'),
  },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const batchSize = num(params, 'batchSize');
  const rate = num(params, 'dropoutRate');
  const repeats = num(params, 'repeats');
  const rng = mulberry32(seed);

  const dense1 = tf.layers.dense({ units: HIDDEN, kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 1) }) });
  const bn = tf.layers.batchNormalization({ momentum: 0.9 });
  const relu = tf.layers.activation({ activation: 'relu' });
  const dense2 = tf.layers.dense({ units: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 2) }) });
  // Dropout has no weights; a fresh layer per pass gives each pass its own seeded mask
  // (a tfjs Dropout layer with a fixed seed would reuse one mask forever).
  const forward = (x: tf.Tensor, training: boolean, pass: number, dropoutTraining = training): tf.Tensor =>
    tf.tidy(() => {
      const h = relu.apply(bn.apply(dense1.apply(x), { training })) as tf.Tensor;
      const dropped = tf.layers.dropout({ rate, seed: subSeed(seed, 100 + pass) }).apply(h, { training: dropoutTraining }) as tf.Tensor;
      return dense2.apply(dropped) as tf.Tensor;
    });

  const x = batch(rng, batchSize);
  try {
    for (let i = 0; i < WARMUP; i++) {
      const xb = batch(rng, Math.max(batchSize, 2));
      forward(xb, true, -1 - i).dispose();
      xb.dispose();
    }
    const evalOuts: number[][] = [];
    const trainOuts: number[][] = [];
    const trainSeries = series('train', L('train 模式（样本 1）', 'train mode (sample 1)'), []);
    const evalSeries = series('eval', L('eval 模式（样本 1）', 'eval mode (sample 1)'), []);
    // All eval passes first: a training-mode pass also updates the moving statistics.
    for (let p = 0; p < repeats; p++) {
      const y = forward(x, false, p);
      evalOuts.push(Array.from(y.dataSync()));
      y.dispose();
      evalSeries.points.push({ x: p + 1, y: evalOuts[p]![0]! });
    }
    // BN alone: batch statistics, dropout off (this pass also updates the moving statistics, which are not used again).
    const bnOnly = forward(x, true, -1000, false);
    const bnOnlyOut = Array.from(bnOnly.dataSync());
    bnOnly.dispose();
    for (let p = 0; p < repeats; p++) {
      const y = forward(x, true, p);
      trainOuts.push(Array.from(y.dataSync()));
      y.dispose();
      trainSeries.points.push({ x: p + 1, y: trainOuts[p]![0]! });
      if ((p + 1) % 5 === 0) {
        onProgress?.({ charts: CHARTS, fraction: (p + 1) / repeats, series: snapshot([trainSeries, evalSeries]) });
        await yieldToEventLoop();
      }
    }
    const spread = (outs: number[][]) => mean(Array.from({ length: batchSize }, (_, i) => std(outs.map((o) => o[i]!))));
    const diffs = trainOuts.flatMap((o) => o.map((v, i) => Math.abs(v - evalOuts[0]![i]!)));
    return {
      metrics: {
        bnDiff: mean(bnOnlyOut.map((v, i) => Math.abs(v - evalOuts[0]![i]!))),
        meanAbsDiff: mean(diffs),
        trainSpread: spread(trainOuts),
        evalSpread: spread(evalOuts),
      },
      series: [trainSeries, evalSeries],
      charts: CHARTS,
      notes: [
        L(
          `先用 ${WARMUP} 个训练模式的批次让滑动均值/方差适应数据；之后先做全部 eval 前向，再做 train 前向（train 模式会更新滑动统计量）。`,
          `${WARMUP} training-mode batches first let the moving mean/variance adapt to the data; then all eval passes run before the train passes (a train-mode pass updates the moving statistics).`,
        ),
        L(
          'BN 的作用单独测：BN 用训练模式（批统计量）、Dropout 关闭，和 eval 输出比较；Dropout 的作用看 train 模式各次前向之间的波动（同一批样本的批统计量每次都一样）。',
          "BN's part is measured alone: BN in training mode (batch statistics) with dropout off, compared with eval. Dropout's part is the spread between train-mode passes (the same batch gives the same batch statistics every time).",
        ),
      ],
    };
  } finally {
    x.dispose();
    for (const layer of [dense1, bn, relu, dense2]) layer.dispose();
  }
}

/** Tolerance far above float32 rounding, far below any real train/eval difference. */
const TOL = 1e-5;

/** BN's part (batch vs moving statistics) and dropout's part (pass-to-pass spread), each above float32 noise or not. */
export function decide(metrics: Metrics): string {
  const bn = (metrics.bnDiff ?? 0) > TOL;
  const dropout = (metrics.trainSpread ?? 0) > TOL;
  if (bn && dropout) return 'bn-and-dropout';
  if (bn) return 'bn-only';
  return dropout ? 'dropout-only' : 'same';
}

export const bnTrainEval: Runnable = { id: 'bn-train-eval', run, decide };
