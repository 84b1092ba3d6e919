/**
 * over-underfitting: a small and a large MLP fitted to few and to many noisy
 * samples of a 1-D function; the train/test gap (test MSE − train MSE) of each
 * of the four combinations. Full-batch Adam, the same epochs for all four.
 */
import * as tf from '@tensorflow/tfjs';
import { gaussian, mulberry32, subSeed, type Rng } from '../prng';
import type { Params } from '../registry';
import { L, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable, Series } from '../types';

const NOISE = 0.3;
const TEST = 400;
const LR = 0.05;
/** First-layer weight scale: ReLU kinks spread over the input range instead of all sitting at x = 0. */
const KINK_SCALE = 3;

const target = (x: number) => Math.sin(3 * x) + 0.5 * x;

function sample(n: number, rng: Rng): { x: number[]; y: number[] } {
  const x = Array.from({ length: n }, () => 2 * rng() - 1);
  return { x, y: x.map((v) => target(v) + NOISE * gaussian(rng)) };
}

/**
 * A 1 → hidden → 1 ReLU MLP; the small and the large net differ only in width.
 * The first layer's weights and biases are spread (scale KINK_SCALE) so the
 * ReLU kinks cover [-1, 1]; with zero biases every kink would start at x = 0.
 */
function buildModel(hidden: number, seed: number): tf.Sequential {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [1],
      units: hidden,
      activation: 'relu',
      kernelInitializer: tf.initializers.randomNormal({ stddev: KINK_SCALE, seed: subSeed(seed, 1) }),
      biasInitializer: tf.initializers.randomUniform({ minval: -KINK_SCALE, maxval: KINK_SCALE, seed: subSeed(seed, 2) }),
    }),
  );
  model.add(tf.layers.dense({ units: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 3) }) }));
  return model;
}

interface Fit {
  trainLoss: number;
  testLoss: number;
  params: number;
}

async function fit(
  data: { x: number[]; y: number[] },
  test: { x: tf.Tensor2D; y: tf.Tensor2D },
  hidden: number,
  epochs: number,
  seed: number,
  onEpoch: (epoch: number, gap: number) => Promise<void>,
): Promise<Fit> {
  const model = buildModel(hidden, seed);
  const optimizer = tf.train.adam(LR);
  const x = tf.tensor2d(data.x, [data.x.length, 1]);
  const y = tf.tensor2d(data.y, [data.y.length, 1]);
  const mse = (a: tf.Tensor2D, b: tf.Tensor2D) => tf.losses.meanSquaredError(b, model.predict(a) as tf.Tensor).dataSync()[0]!;
  try {
    for (let e = 0; e < epochs; e++) {
      tf.tidy(() => {
        optimizer.minimize(() => tf.losses.meanSquaredError(y, model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
      });
      if ((e + 1) % 10 === 0 || e + 1 === epochs)
        await onEpoch(
          e,
          tf.tidy(() => mse(test.x, test.y) - mse(x, y)),
        );
    }
    return { trainLoss: tf.tidy(() => mse(x, y)), testLoss: tf.tidy(() => mse(test.x, test.y)), params: model.countParams() };
  } finally {
    x.dispose();
    y.dispose();
    optimizer.dispose();
    model.dispose();
  }
}

const combos = [
  { key: 'LargeNetSmallData', net: 'large', data: 'small', label: L('大网络/少数据', 'big net, little data') },
  { key: 'LargeNetLargeData', net: 'large', data: 'large', label: L('大网络/多数据', 'big net, lots of data') },
  { key: 'SmallNetSmallData', net: 'small', data: 'small', label: L('小网络/少数据', 'small net, little data') },
  { key: 'SmallNetLargeData', net: 'small', data: 'large', label: L('小网络/多数据', 'small net, lots of data') },
] as const;

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  { key: 'main', title: L('训练/测试差距', 'Train/test gap'), x: L('轮数', 'Epoch'), y: L('测试 MSE − 训练 MSE', 'test MSE − train MSE') },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const epochs = num(params, 'epochs');
  const rng = mulberry32(seed);
  // The small data set is the first points of the large one: the same stream.
  const large = sample(num(params, 'largeData'), rng);
  const smallN = Math.min(num(params, 'smallData'), large.x.length);
  const small = { x: large.x.slice(0, smallN), y: large.y.slice(0, smallN) };
  const testData = sample(TEST, rng);
  const test = { x: tf.tensor2d(testData.x, [TEST, 1]), y: tf.tensor2d(testData.y, [TEST, 1]) };
  const curves: Series[] = combos.map((c) => series(c.key, c.label, []));
  const metrics: Metrics = {};
  try {
    for (const [i, c] of combos.entries()) {
      const hidden = num(params, c.net === 'large' ? 'largeHidden' : 'smallHidden');
      const result = await fit(c.data === 'large' ? large : small, test, hidden, epochs, subSeed(seed, 10 + i), async (e, gap) => {
        curves[i]!.points.push({ x: e + 1, y: gap });
        onProgress?.({ charts: CHARTS, fraction: (i * epochs + e + 1) / (combos.length * epochs), series: snapshot(curves) });
        await yieldToEventLoop();
      });
      metrics[`gap${c.key}`] = result.testLoss - result.trainLoss;
      metrics[`trainLoss${c.key}`] = result.trainLoss;
      metrics[`testLoss${c.key}`] = result.testLoss;
      metrics[c.net === 'large' ? 'paramsLargeNet' : 'paramsSmallNet'] = result.params;
    }
  } finally {
    test.x.dispose();
    test.y.dispose();
  }
  return {
    metrics,
    series: curves,
    charts: CHARTS,
    notes: [
      L(
        `y = sin(3x) + 0.5x + 噪声（标准差 ${NOISE}），测试集 ${TEST} 点；全批量 Adam（学习率 ${LR}）；两个网络都是一层 ReLU 隐藏层，只是宽度不同。噪声本身的 MSE 是 ${NOISE ** 2}。`,
        `y = sin(3x) + 0.5x + noise (std ${NOISE}), ${TEST} test points; full-batch Adam (learning rate ${LR}); both nets have one ReLU hidden layer and differ only in width; the noise alone gives an MSE of ${NOISE ** 2}.`,
      ),
    ],
  };
}

/** Gaps closer than this (in MSE) count as about the same. */
const SAME = 0.02;

const outcomeByCombo: Record<(typeof combos)[number]['key'], string> = {
  LargeNetSmallData: 'large-net-small-data-gap',
  LargeNetLargeData: 'large-net-large-data-gap',
  SmallNetSmallData: 'small-net-small-data-gap',
  SmallNetLargeData: 'small-net-large-data-gap',
};

export function decide(metrics: Metrics): string {
  const gaps = combos.map((c) => ({ key: c.key, gap: metrics[`gap${c.key}`] ?? 0 }));
  const sorted = [...gaps].sort((a, b) => b.gap - a.gap);
  const top = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (top.gap - last.gap < SAME) return 'no-difference';
  return outcomeByCombo[top.key];
}

export const overUnderfitting: Runnable = { id: 'over-underfitting', run, decide };
