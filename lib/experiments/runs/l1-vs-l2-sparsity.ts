/**
 * l1-vs-l2-sparsity: linear regression where only the first `informative`
 * features matter, trained by plain full-batch gradient descent with an L1
 * penalty (λ·Σ|w|, subgradient λ·sign(w)) and with an L2 penalty (λ·Σw²,
 * gradient 2λw). Full batch, so every wiggle comes from the penalty, not from
 * sampling noise.
 */
import * as tf from '@tensorflow/tfjs';
import { gaussian, mulberry32, subSeed } from '../prng';
import type { Params } from '../registry';
import { L, mean, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable, Series } from '../types';

const SAMPLES = 200;
const NOISE = 0.5;
const LR = 0.05;
/** The last share of epochs over which oscillation is measured. */
const TAIL = 0.25;

type Penalty = 'l1' | 'l2';

interface Trace {
  /** weights after each epoch */
  history: number[][];
}

async function train(
  x: tf.Tensor2D,
  y: tf.Tensor2D,
  penalty: Penalty,
  lambda: number,
  epochs: number,
  seed: number,
  onEpoch: (epoch: number, w: number[]) => Promise<void>,
): Promise<Trace> {
  const features = x.shape[1];
  // tidy disposes the initial values; variables survive it.
  const w = tf.tidy(() => tf.variable(tf.randomNormal([features, 1], 0, 0.1, 'float32', seed)));
  const b = tf.tidy(() => tf.variable(tf.zeros([1])));
  const optimizer = tf.train.sgd(LR);
  const history: number[][] = [];
  try {
    for (let e = 0; e < epochs; e++) {
      tf.tidy(() => {
        optimizer.minimize(
          () => {
            const mse = tf.losses.meanSquaredError(y, tf.add(tf.matMul(x, w), b));
            const reg = penalty === 'l1' ? tf.sum(tf.abs(w)) : tf.sum(tf.square(w));
            return tf.add(mse, tf.mul(lambda, reg)) as tf.Scalar;
          },
          false,
          [w, b],
        );
      });
      const now = Array.from(w.dataSync());
      history.push(now);
      await onEpoch(e, now);
    }
    return { history };
  } finally {
    w.dispose();
    b.dispose();
    optimizer.dispose();
  }
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  { key: 'count', title: L('近零权重数（|w| < ε）', 'Near-zero weights (|w| < ε)'), x: L('轮数', 'Epoch'), y: L('个数', 'Count') },
  { key: 'weight', title: L('一个无用特征的权重', 'The weight of one uninformative feature'), x: L('轮数', 'Epoch'), y: L('w', 'w') },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const features = num(params, 'features');
  const informative = Math.min(num(params, 'informative'), features);
  const lambda = num(params, 'lambda');
  const epochs = num(params, 'epochs');
  const eps = num(params, 'epsilon');
  const rng = mulberry32(seed);
  const trueW = Array.from({ length: features }, (_, i) => (i < informative ? (rng() < 0.5 ? -1 : 1) * (1 + rng()) : 0));
  const rows = Array.from({ length: SAMPLES }, () => Array.from({ length: features }, () => gaussian(rng)));
  const targets = rows.map((r) => r.reduce((s, v, i) => s + v * trueW[i]!, 0) + NOISE * gaussian(rng));

  const nearZero = (w: number[]) => w.filter((v) => Math.abs(v) < eps).length;
  const counts: Record<Penalty, Series> = {
    l1: series('l1', L('L1 近零权重数', 'L1 near-zero weights'), [], 'count'),
    l2: series('l2', L('L2 近零权重数', 'L2 near-zero weights'), [], 'count'),
  };
  // The trajectory of one uninformative weight under each penalty.
  const watch = informative < features ? informative : 0;
  const paths: Record<Penalty, Series> = {
    l1: series('l1-w', L(`L1：w${watch + 1}`, `L1: w${watch + 1}`), [], 'weight'),
    l2: series('l2-w', L(`L2：w${watch + 1}`, `L2: w${watch + 1}`), [], 'weight'),
  };
  const all = [counts.l1, counts.l2, paths.l1, paths.l2];
  const x = tf.tensor2d(rows, [SAMPLES, features]);
  const y = tf.tensor2d(targets, [SAMPLES, 1]);
  const traces: Partial<Record<Penalty, Trace>> = {};
  try {
    for (const [k, penalty] of (['l1', 'l2'] as const).entries()) {
      traces[penalty] = await train(x, y, penalty, lambda, epochs, subSeed(seed, 1), async (e, w) => {
        counts[penalty].points.push({ x: e + 1, y: nearZero(w) });
        paths[penalty].points.push({ x: e + 1, y: w[watch]! });
        if ((e + 1) % 20 === 0) {
          onProgress?.({ charts: CHARTS, fraction: (k * epochs + e + 1) / (2 * epochs), series: snapshot(all) });
          await yieldToEventLoop();
        }
      });
    }
  } finally {
    x.dispose();
    y.dispose();
  }
  const l1 = traces.l1!.history;
  const l2 = traces.l2!.history;
  const tailStart = Math.floor(epochs * (1 - TAIL));
  /** Mean peak-to-peak amplitude, over the tail epochs, of the weights that end near zero. */
  const oscillation = (h: number[][]) => {
    const last = h[h.length - 1]!;
    const tail = h.slice(tailStart);
    const amps = last.flatMap((v, i) => {
      if (Math.abs(v) >= eps) return [];
      const path = tail.map((ws) => ws[i]!);
      return [Math.max(...path) - Math.min(...path)];
    });
    return mean(amps);
  };
  /** Mean number of sign changes per weight over the tail epochs, uninformative weights only. */
  const signFlips = (h: number[][]) => {
    const tail = h.slice(tailStart);
    let flips = 0;
    for (let t = 1; t < tail.length; t++) {
      for (let i = informative; i < features; i++) if (Math.sign(tail[t]![i]!) !== Math.sign(tail[t - 1]![i]!)) flips++;
    }
    return features > informative ? flips / (features - informative) : 0;
  };
  return {
    metrics: {
      l1NearZero: nearZero(l1[l1.length - 1]!),
      l2NearZero: nearZero(l2[l2.length - 1]!),
      l1Oscillation: oscillation(l1),
      l2Oscillation: oscillation(l2),
      l1SignFlips: signFlips(l1),
      l2SignFlips: signFlips(l2),
    },
    series: all,
    charts: CHARTS,
    notes: [
      L(
        `全批量梯度下降（学习率 ${LR}），${SAMPLES} 个样本，噪声标准差 ${NOISE}；震荡在最后 ${TAIL * 100}% 的轮次里测量。`,
        `Full-batch gradient descent (learning rate ${LR}), ${SAMPLES} samples, noise std ${NOISE}; oscillation is measured over the last ${TAIL * 100}% of epochs.`,
      ),
    ],
  };
}

export function decide(metrics: Metrics): string {
  const l1 = metrics.l1NearZero ?? 0;
  const l2 = metrics.l2NearZero ?? 0;
  if (l1 === l2) return 'same';
  return l1 > l2 ? 'l1-sparser' : 'l2-sparser';
}

export const l1VsL2Sparsity: Runnable = { id: 'l1-vs-l2-sparsity', run, decide };
