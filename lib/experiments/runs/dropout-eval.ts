/**
 * dropout-eval: tf.layers.dropout on a constant input of ones, many passes in
 * training mode and in inference mode. The scale of the kept activations is
 * measured from the outputs (mean of the non-zero entries / input value).
 *
 * tfjs, like PyTorch, uses inverted dropout: kept activations are scaled by
 * 1/(1−p) during training so that eval() needs no scaling. The run checks both
 * halves of that claim: the scale, and that the train-mode mean matches the eval
 * output within sampling error (each train value is 1/(1−p) with probability
 * 1−p, else 0, so the mean of n values has standard error √(p/(1−p)/n)).
 */
import * as tf from '@tensorflow/tfjs';
import { subSeed } from '../prng';
import type { Params } from '../registry';
import { L, mean, num, series, snapshot, std, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  { key: 'main', title: L('输入全为 1 时的输出', 'Output for an all-ones input'), x: L('第几次前向', 'Pass'), y: L('值', 'Value') },
];

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const rate = num(params, 'rate');
  const units = num(params, 'units');
  const passes = num(params, 'passes');
  const x = tf.ones([1, units]);
  const trainOuts: Float32Array[] = [];
  const evalOuts: Float32Array[] = [];
  const trainMean = series('train', L('train 模式输出均值', 'train-mode mean output'), []);
  const evalMean = series('eval', L('eval 模式输出均值', 'eval-mode mean output'), []);
  const keptShare = series('kept', L('保留比例', 'share kept'), []);
  try {
    for (let p = 0; p < passes; p++) {
      // A fresh layer per pass: a tfjs Dropout layer with a fixed seed would reuse one mask.
      const layer = tf.layers.dropout({ rate, seed: subSeed(seed, p) });
      const tr = tf.tidy(() => Float32Array.from((layer.apply(x, { training: true }) as tf.Tensor).dataSync()));
      const ev = tf.tidy(() => Float32Array.from((layer.apply(x, { training: false }) as tf.Tensor).dataSync()));
      trainOuts.push(tr);
      evalOuts.push(ev);
      trainMean.points.push({ x: p + 1, y: mean(Array.from(tr)) });
      evalMean.points.push({ x: p + 1, y: mean(Array.from(ev)) });
      keptShare.points.push({ x: p + 1, y: tr.filter((v) => v !== 0).length / units });
      if ((p + 1) % 10 === 0) {
        onProgress?.({ charts: CHARTS, fraction: (p + 1) / passes, series: snapshot([trainMean, evalMean, keptShare]) });
        await yieldToEventLoop();
      }
    }
  } finally {
    x.dispose();
  }
  const kept = trainOuts.flatMap((o) => Array.from(o).filter((v) => v !== 0));
  const spread = (outs: Float32Array[]) => mean(Array.from({ length: units }, (_, i) => std(outs.map((o) => o[i]!))));
  const trainMeanValue = mean(trainOuts.map((o) => mean(Array.from(o))));
  const evalMeanValue = mean(evalOuts.map((o) => mean(Array.from(o))));
  return {
    metrics: {
      scaleFactor: mean(kept), // the input is all ones, so a kept value is its scale
      expectedScale: 1 / (1 - rate),
      trainSpread: spread(trainOuts),
      evalSpread: spread(evalOuts),
      trainMean: trainMeanValue,
      evalMean: evalMeanValue,
      meanGap: Math.abs(trainMeanValue - evalMeanValue),
      meanTolerance: MEAN_SIGMAS * Math.sqrt(rate / (1 - rate) / (units * passes)),
      keptFraction: kept.length / (units * passes),
    },
    series: [trainMean, evalMean, keptShare],
    charts: CHARTS,
    notes: [
      L(
        `倒置 Dropout（Inverted Dropout，PyTorch 和 tfjs 的做法）：训练时把保留的激活乘以 1/(1−p)，eval() 时原样输出。输入全为 1，所以 eval 输出均值是 1；train 均值与它的差在 ${MEAN_SIGMAS} 倍标准误以内才算「一致」。`,
        `Inverted dropout (what PyTorch and tfjs do): training scales kept activations by 1/(1−p), and eval() passes values through unchanged. The input is all ones, so the eval mean is 1; the train-mode mean "matches" when it is within ${MEAN_SIGMAS} standard errors of it.`,
      ),
    ],
  };
}

/** How many standard errors the train-mode mean may sit from the eval mean. */
const MEAN_SIGMAS = 4;
/** Relative tolerance on the measured scale (it is exact up to float32 rounding). */
const SCALE_TOL = 0.01;

export function decide(metrics: Metrics, params: Params): string {
  if ((metrics.evalSpread ?? 0) > 1e-6) return 'eval-random';
  const expected = 1 / (1 - num(params, 'rate'));
  const scale = metrics.scaleFactor ?? 0;
  const meanMatches = (metrics.meanGap ?? Infinity) <= (metrics.meanTolerance ?? 0);
  if (Math.abs(scale - expected) / expected < SCALE_TOL && meanMatches) return 'scaled-mean-kept';
  if (Math.abs(scale - 1) < SCALE_TOL) return 'unscaled';
  return 'other';
}

export const dropoutEval: Runnable = { id: 'dropout-eval', run, decide };
