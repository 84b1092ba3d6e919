/**
 * conv-bias-params: builds the same Conv2D with and without bias and counts
 * parameters with model.countParams(); the bias count is the difference.
 * A sweep over the output channels draws how the difference grows.
 */
import * as tf from '@tensorflow/tfjs';
import type { Params } from '../registry';
import { L, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

const SIDE = 8;

function countConvParams(inChannels: number, outChannels: number, kernelSize: number, useBias: boolean): number {
  const model = tf.sequential();
  try {
    model.add(tf.layers.conv2d({ inputShape: [SIDE, SIDE, inChannels], filters: outChannels, kernelSize, useBias, padding: 'same' }));
    return model.countParams();
  } finally {
    model.dispose();
  }
}

/** Up to 8 output-channel counts from 1 to the chosen value. */
function sweep(outChannels: number): number[] {
  const n = Math.min(8, outChannels);
  return Array.from(new Set(Array.from({ length: n }, (_, i) => Math.round(1 + (i * (outChannels - 1)) / Math.max(1, n - 1)))));
}

/** Axis titles, sent with every progress message so a live chart is labelled from the start. */
const CHARTS: ChartSpec[] = [
  {
    key: 'main',
    title: L('偏置参数个数 vs 输出通道', 'Bias parameters vs output channels'),
    x: L('输出通道', 'Output channels'),
    y: L('参数', 'Parameters'),
  },
];

async function run(params: Params, _seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const cin = num(params, 'inChannels');
  const cout = num(params, 'outChannels');
  const k = num(params, 'kernelSize');
  const withBias = countConvParams(cin, cout, k, true);
  const withoutBias = countConvParams(cin, cout, k, false);
  const diffSeries = series('bias', L('有偏置 − 无偏置', 'with bias − without bias'), []);
  for (const c of sweep(cout)) {
    diffSeries.points.push({ x: c, y: countConvParams(cin, c, k, true) - countConvParams(cin, c, k, false) });
    onProgress?.({ charts: CHARTS, fraction: c / cout, series: snapshot([diffSeries]) });
    await yieldToEventLoop();
  }
  return {
    metrics: { withBias, withoutBias, biasParams: withBias - withoutBias },
    series: [diffSeries],
    charts: CHARTS,
  };
}

/**
 * Exact matching: the measured difference either equals one of the candidates or it is
 * "other". When two candidates coincide (say in = out) the first in the order out, in, k²
 * is named; each card's own params keep the candidates apart.
 */
export function decide(metrics: Metrics, params: Params): string {
  const diff = metrics.biasParams;
  const k = num(params, 'kernelSize');
  const candidates: [string, number][] = [
    ['equals-out', num(params, 'outChannels')],
    ['equals-in', num(params, 'inChannels')],
    ['equals-kernel', k * k],
  ];
  return candidates.find(([, value]) => value === diff)?.[0] ?? 'other';
}

export const convBiasParams: Runnable = { id: 'conv-bias-params', run, decide };
