/**
 * bn-batch-size: the same small BatchNorm net trained with a tiny and a large
 * batch. "Same" means the same number of optimizer steps with the same
 * learning rate, the same initial weights and the same data stream order.
 * Training uses batch statistics; evaluation (model.predict) uses the moving
 * statistics that training accumulated, as in PyTorch's eval().
 *
 * With a batch of 2, BN's output for each unit is exactly ±1 (x − mean is ±half
 * the difference, divided by the std, which is that same half): the layer keeps only
 * which of the two samples is larger. A control trains the same tiny batch without BN
 * (inputs standardised once with whole-training-set statistics) to show that small-batch
 * SGD by itself is not the problem.
 */
import * as tf from '@tensorflow/tfjs';
import { gaussian, mulberry32, permutation, subSeed } from '../prng';
import type { Params } from '../registry';
import { diffStd, L, mean, num, series, snapshot, std, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable, Series } from '../types';

const DIM = 2;
const HIDDEN = 16;
const TRAIN = 256;
const TEST = 500;

interface Data {
  x: number[][];
  y: number[];
}

/**
 * XOR of the signs of two features (a nonlinear task); the features sit far
 * from the origin on unequal scales, so normalisation matters.
 */
function makeData(n: number, rng: () => number): Data {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const raw = Array.from({ length: DIM }, () => gaussian(rng));
    const label = raw[0]! > 0 === raw[1]! > 0 ? 1 : 0;
    x.push(raw.map((v, d) => 3 + (1 + d) * v));
    y.push(label);
  }
  return { x, y };
}

function buildModel(seed: number, useBn: boolean): tf.Sequential {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [DIM],
      units: HIDDEN,
      useBias: false,
      kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 1) }),
    }),
  );
  if (useBn) model.add(tf.layers.batchNormalization({ momentum: 0.9 }));
  model.add(tf.layers.activation({ activation: 'relu' }));
  model.add(
    tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: subSeed(seed, 2) }) }),
  );
  return model;
}

interface TrainOutcome {
  evalAccuracy: number;
  probeLoss: number[];
}

async function train(
  data: Data,
  test: { x: tf.Tensor2D; y: tf.Tensor2D; raw: number[][] },
  stats: { mean: number[]; std: number[] },
  batch: number,
  steps: number,
  lr: number,
  seed: number,
  useBn: boolean,
  onStep: (step: number, loss: number) => Promise<void>,
): Promise<TrainOutcome> {
  const model = buildModel(seed, useBn);
  const optimizer = tf.train.sgd(lr);
  // Without BN the inputs are standardised once with the whole training set's statistics:
  // the exact normalisation BN only estimates from each batch.
  const standardise = (x: number[][]) => (useBn ? x : x.map((row) => row.map((v, d) => (v - stats.mean[d]!) / stats.std[d]!)));
  const xAll = tf.tensor2d(standardise(data.x));
  const xTest = useBn ? test.x : tf.tensor2d(standardise(test.raw));
  const yAll = tf.tensor2d(data.y, [data.y.length, 1]);
  const probeLoss: number[] = [];
  try {
    for (let s = 0; s < steps; s++) {
      const start = (s * batch) % TRAIN;
      const idx = Array.from({ length: batch }, (_, i) => (start + i) % TRAIN);
      tf.tidy(() => {
        const ids = tf.tensor1d(idx, 'int32');
        const xb = tf.gather(xAll, ids);
        const yb = tf.gather(yAll, ids);
        optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(yb, logits(model, xb, true)) as tf.Scalar);
      });
      // Loss of the whole training set in eval mode after each step: how much the model itself jumps around.
      const loss = tf.tidy(() => tf.losses.sigmoidCrossEntropy(yAll, logits(model, xAll, false)).dataSync()[0]!);
      probeLoss.push(loss);
      await onStep(s, loss);
    }
    const evalAccuracy = tf.tidy(() => {
      const p = model.predict(xTest) as tf.Tensor;
      return tf.mean(tf.cast(tf.equal(tf.greater(p, 0.5), tf.cast(test.y, 'bool')), 'float32')).dataSync()[0]!;
    });
    return { evalAccuracy: 100 * evalAccuracy, probeLoss };
  } finally {
    xAll.dispose();
    yAll.dispose();
    if (xTest !== test.x) xTest.dispose();
    optimizer.dispose();
    model.dispose();
  }
}

function featureStats(x: number[][]): { mean: number[]; std: number[] } {
  const cols = Array.from({ length: DIM }, (_, d) => x.map((row) => row[d]!));
  return { mean: cols.map((c) => mean(c)), std: cols.map((c) => std(c)) };
}

/** Logits of the model (its last layer is a sigmoid; the loss wants logits for stability). */
function logits(model: tf.Sequential, x: tf.Tensor, training: boolean): tf.Tensor {
  const p = model.apply(x, { training }) as tf.Tensor;
  const clipped = tf.clipByValue(p, 1e-6, 1 - 1e-6);
  return tf.log(tf.div(clipped, tf.sub(1, clipped)));
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  { key: 'main', title: L('训练集损失（eval 模式）', 'Training-set loss (eval mode)'), x: L('步数', 'Step'), y: L('损失', 'Loss') },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const small = num(params, 'smallBatch');
  const large = num(params, 'largeBatch');
  const steps = num(params, 'steps');
  const lr = num(params, 'learningRate');
  const rng = mulberry32(seed);
  const trainData = makeData(TRAIN, rng);
  const testData = makeData(TEST, rng);
  const order = permutation(TRAIN, rng);
  const ordered = { x: order.map((i) => trainData.x[i]!), y: order.map((i) => trainData.y[i]!) };

  const smallSeries = series('small', L(`批大小 ${small}`, `Batch size ${small}`), []);
  const largeSeries = series('large', L(`批大小 ${large}`, `Batch size ${large}`), []);
  const all: Series[] = [smallSeries, largeSeries];
  const progress = (offset: number) => async (step: number, loss: number) => {
    const target = offset === 0 ? smallSeries : largeSeries;
    // (offset is 0 for the small batch, `steps` for the large one)
    target.points.push({ x: step + 1, y: loss });
    if ((step + 1) % 10 === 0 || step + 1 === steps) {
      onProgress?.({ charts: CHARTS, fraction: (offset + step + 1) / (3 * steps), series: snapshot(all) });
      await yieldToEventLoop();
    }
  };

  const test = { x: tf.tensor2d(testData.x), y: tf.tensor2d(testData.y, [TEST, 1]), raw: testData.x };
  const stats = featureStats(trainData.x);
  try {
    const a = await train(ordered, test, stats, small, steps, lr, seed, true, progress(0));
    const b = await train(ordered, test, stats, large, steps, lr, seed, true, progress(steps));
    // Control: the same tiny batch without BN, to separate BN's noisy statistics from plain SGD noise.
    const c = await train(ordered, test, stats, small, steps, lr, seed, false, async (step) => {
      if ((step + 1) % 25 === 0) {
        onProgress?.({ charts: CHARTS, fraction: (2 * steps + step + 1) / (3 * steps), series: snapshot(all) });
        await yieldToEventLoop();
      }
    });
    return {
      metrics: {
        smallEvalAccuracy: a.evalAccuracy,
        largeEvalAccuracy: b.evalAccuracy,
        smallLossNoise: diffStd(a.probeLoss),
        largeLossNoise: diffStd(b.probeLoss),
        smallNoBnEvalAccuracy: c.evalAccuracy,
      },
      series: all,
      charts: CHARTS,
      notes: [
        L(
          '两者训练相同的步数、相同学习率、相同初始权重；损失波动 = 每步后整个训练集损失的逐步差值的标准差。',
          'Both train for the same number of steps with the same learning rate and initial weights; loss noise = std of step-to-step changes of the whole training-set loss measured after every step.',
        ),
        L(
          `对照：同样批大小 ${small}、同样步数，不用 BN，而是事先用整个训练集的均值和标准差把输入标准化一次。它训练得好，说明问题出在 BN 用小批估计的统计量上，而不是小批 SGD 本身。`,
          `Control: the same batch size ${small} and steps, without BN; instead the inputs are standardised once with the whole training set's mean and std. It trains well, so the trouble is BN's statistics estimated from a tiny batch, not small-batch SGD itself.`,
        ),
      ],
    };
  } finally {
    test.x.dispose();
    test.y.dispose();
  }
}

export function decide(metrics: Metrics): string {
  const diff = (metrics.largeEvalAccuracy ?? 0) - (metrics.smallEvalAccuracy ?? 0);
  if (Math.abs(diff) < 2) return 'same';
  return diff > 0 ? 'large-better' : 'small-better';
}

export const bnBatchSize: Runnable = { id: 'bn-batch-size', run, decide };
