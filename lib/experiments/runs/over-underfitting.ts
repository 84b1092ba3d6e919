/**
 * over-underfitting: the notes' two claims, measured on noisy samples of a 1-D
 * function with one-hidden-layer ReLU MLPs (full-batch Adam, the same epochs):
 *
 * - overfitting follows the data-to-parameter ratio: a big net on little data
 *   (far below the 10× rule) has a large train/test gap; the same net on lots of
 *   data (at or above 10×) does not;
 * - underfitting is a high *training* loss: a tiny net on lots of data cannot even
 *   fit the training set, though its gap is small.
 */
import * as tf from '@tensorflow/tfjs';
import { gaussian, mulberry32, subSeed, type Rng } from '../prng';
import type { Params } from '../registry';
import { L, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable, Series } from '../types';

const NOISE = 0.3;
const TEST = 4000;
const LR = 0.1;
/** First-layer weight scale: ReLU kinks spread over the input range instead of all sitting at x = 0. */
const KINK_SCALE = 3;

const target = (x: number) => Math.sin(3 * x) + 0.5 * x;

function sample(n: number, rng: Rng): { x: number[]; y: number[] } {
  const x = Array.from({ length: n }, () => 2 * rng() - 1);
  return { x, y: x.map((v) => target(v) + NOISE * gaussian(rng)) };
}

/** A 1 → hidden → 1 ReLU MLP: 3·hidden + 1 parameters. */
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
  onEpoch: (epoch: number, train: number, test: number) => Promise<void>,
): Promise<Fit> {
  const model = buildModel(hidden, seed);
  const optimizer = tf.train.adam(LR);
  const x = tf.tensor2d(data.x, [data.x.length, 1]);
  const y = tf.tensor2d(data.y, [data.y.length, 1]);
  const mse = (a: tf.Tensor2D, b: tf.Tensor2D) =>
    tf.tidy(() => tf.losses.meanSquaredError(b, model.predict(a) as tf.Tensor).dataSync()[0]!);
  try {
    for (let e = 0; e < epochs; e++) {
      tf.tidy(() => {
        optimizer.minimize(() => tf.losses.meanSquaredError(y, model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
      });
      if ((e + 1) % 10 === 0 || e + 1 === epochs) await onEpoch(e, mse(x, y), mse(test.x, test.y));
    }
    return { trainLoss: mse(x, y), testLoss: mse(test.x, test.y), params: model.countParams() };
  } finally {
    x.dispose();
    y.dispose();
    optimizer.dispose();
    model.dispose();
  }
}

/** The three runs; their keys name the metrics (gapBigNetLittleData, trainLossTinyNetLotsOfData, …). */
export const FITTING_RUNS = [
  { key: 'BigNetLittleData', net: 'bigHidden', data: 'littleData', label: L('大网络/少数据', 'big net, little data') },
  { key: 'BigNetLotsOfData', net: 'bigHidden', data: 'lotsOfData', label: L('大网络/多数据', 'big net, lots of data') },
  { key: 'TinyNetLotsOfData', net: 'tinyHidden', data: 'lotsOfData', label: L('小网络/多数据', 'tiny net, lots of data') },
] as const;

type RunKey = (typeof FITTING_RUNS)[number]['key'];

const CHARTS: ChartSpec[] = [
  { key: 'gap', title: L('训练/测试差距', 'Train/test gap'), x: L('轮数', 'Epoch'), y: L('测试 MSE − 训练 MSE', 'test MSE − train MSE') },
  { key: 'train', title: L('训练损失', 'Training loss'), x: L('轮数', 'Epoch'), y: L('训练 MSE', 'train MSE') },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const epochs = num(params, 'epochs');
  const rng = mulberry32(seed);
  // The little data set is the first points of the large one: the same stream.
  const lots = sample(num(params, 'lotsOfData'), rng);
  const littleN = Math.min(num(params, 'littleData'), lots.x.length);
  const sets = { lotsOfData: lots, littleData: { x: lots.x.slice(0, littleN), y: lots.y.slice(0, littleN) } };
  const testData = sample(TEST, rng);
  const test = { x: tf.tensor2d(testData.x, [TEST, 1]), y: tf.tensor2d(testData.y, [TEST, 1]) };
  const gaps: Series[] = FITTING_RUNS.map((r) => series(`gap${r.key}`, r.label, [], 'gap'));
  const trains: Series[] = FITTING_RUNS.map((r) => series(`train${r.key}`, r.label, [], 'train'));
  const metrics: Metrics = {};
  try {
    for (const [i, r] of FITTING_RUNS.entries()) {
      const data = sets[r.data];
      const result = await fit(data, test, num(params, r.net), epochs, subSeed(seed, 10 + i), async (e, trainLoss, testLoss) => {
        gaps[i]!.points.push({ x: e + 1, y: testLoss - trainLoss });
        trains[i]!.points.push({ x: e + 1, y: trainLoss });
        const fraction = (i * epochs + e + 1) / (FITTING_RUNS.length * epochs);
        onProgress?.({ charts: CHARTS, fraction, series: snapshot([...gaps, ...trains]) });
        await yieldToEventLoop();
      });
      metrics[`gap${r.key}`] = result.testLoss - result.trainLoss;
      metrics[`trainLoss${r.key}`] = result.trainLoss;
      metrics[`testLoss${r.key}`] = result.testLoss;
      metrics[`dataPerParam${r.key}`] = data.x.length / result.params;
      metrics[r.net === 'bigHidden' ? 'paramsBigNet' : 'paramsTinyNet'] = result.params;
    }
  } finally {
    test.x.dispose();
    test.y.dispose();
  }
  return {
    metrics,
    series: [...gaps, ...trains],
    charts: CHARTS,
    notes: [
      L(
        `y = sin(3x) + 0.5x + 噪声（标准差 ${NOISE}），测试集 ${TEST} 点；全批量 Adam（学习率 ${LR}）；网络都是一层 ReLU 隐藏层，只是宽度不同（参数量 = 3 × 隐藏单元 + 1）。噪声本身的 MSE 是 ${NOISE ** 2}：训练损失低于它说明网络在拟合噪声。`,
        `y = sin(3x) + 0.5x + noise (std ${NOISE}), ${TEST} test points; full-batch Adam (learning rate ${LR}); every net has one ReLU hidden layer and only the width differs (parameters = 3 × hidden units + 1). The noise alone gives an MSE of ${NOISE ** 2}: a training loss below it means the net fits the noise.`,
      ),
    ],
  };
}

function argmax(metrics: Metrics, prefix: string): RunKey {
  let best: RunKey = FITTING_RUNS[0].key;
  for (const r of FITTING_RUNS) if ((metrics[`${prefix}${r.key}`] ?? -Infinity) > (metrics[`${prefix}${best}`] ?? -Infinity)) best = r.key;
  return best;
}

/** Outcome keys: which run has the largest gap, and which the highest training loss. */
const byPair: Record<string, string> = {
  'BigNetLittleData/TinyNetLotsOfData': 'gap-big-little-loss-tiny',
  'TinyNetLotsOfData/TinyNetLotsOfData': 'gap-tiny-loss-tiny',
  'BigNetLittleData/BigNetLittleData': 'gap-big-little-loss-big-little',
};

export function decide(metrics: Metrics): string {
  return byPair[`${argmax(metrics, 'gap')}/${argmax(metrics, 'trainLoss')}`] ?? 'other';
}

export const overUnderfitting: Runnable = { id: 'over-underfitting', run, decide };
