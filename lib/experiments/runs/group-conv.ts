/**
 * group-conv: tfjs has no `groups` argument, so a grouped convolution is built
 * the way frameworks do it: split the input channels into g groups, split the
 * filter bank into g groups, convolve each pair, concatenate. Validity is what
 * happens when that construction is attempted.
 *
 * The notes' reason, shown: the run also builds the grouping "as even as possible"
 * (for 7 filters in 3 groups: 3/2/2) and measures how many output channels each input
 * channel feeds, by nudging one input channel and counting the outputs that move.
 * With an equal split every input channel is used equally often; with 3/2/2 the
 * first group's channels do more work than the others.
 */
import * as tf from '@tensorflow/tfjs';
import { subSeed } from '../prng';
import type { Params } from '../registry';
import { L, num, series, snapshot, yieldToEventLoop } from '../run-utils';
import type { ChartSpec, Metrics, OnProgress, RunResult, Runnable } from '../types';

const SIDE = 8;

export class GroupSplitError extends Error {
  constructor(
    readonly failures: { what: 'input' | 'filters'; channels: number }[],
    readonly groups: number,
  ) {
    super(
      failures
        .map(
          (f) =>
            `cannot split ${f.channels} ${f.what === 'input' ? 'input channels' : 'filters (output channels)'} into ${groups} equal groups`,
        )
        .join('; '),
    );
  }
}

/** Asks tf.split for `groups` equal parts; tf.split itself rejects an uneven split (null here). */
function splitEvenly<T extends tf.Tensor>(t: T, groups: number, axis: number): T[] | null {
  try {
    return tf.split(t, groups, axis) as T[];
  } catch {
    return null;
  }
}

interface GroupConvResult {
  params: number;
  outputShape: number[];
}

/** Builds a grouped conv (weights in/g × out × k × k + out biases), runs it once, disposes everything. */
export function groupConv(x: tf.Tensor4D, outChannels: number, groups: number, k: number, seed: number): GroupConvResult {
  return tf.tidy(() => {
    const cin = x.shape[3];
    const inputs = splitEvenly(x, groups, 3);
    // One filter bank [k, k, in/g, out]; group i gets the i-th slice of the output channels.
    const perGroupIn = Math.max(1, Math.floor(cin / groups));
    const kernel = tf.randomNormal([k, k, perGroupIn, outChannels], 0, 0.1, 'float32', seed) as tf.Tensor4D;
    const filters = splitEvenly(kernel, groups, 3);
    if (!inputs || !filters) {
      const failures: { what: 'input' | 'filters'; channels: number }[] = [];
      if (!inputs) failures.push({ what: 'input', channels: cin });
      if (!filters) failures.push({ what: 'filters', channels: outChannels });
      throw new GroupSplitError(failures, groups);
    }
    const bias = tf.zeros([outChannels]);
    const outs = inputs.map((xi, i) => tf.conv2d(xi, filters[i]!, 1, 'same'));
    const y = tf.add(tf.concat(outs, 3), bias);
    return { params: kernel.size + bias.size, outputShape: y.shape };
  });
}

/** Sizes of `groups` parts of `n`, as even as possible (the first parts get the remainder): 7, 3 → [3, 2, 2]. */
export function unevenSizes(n: number, groups: number): number[] {
  return Array.from({ length: groups }, (_, i) => Math.floor(n / groups) + (i < n % groups ? 1 : 0));
}

/**
 * For each input channel, the number of output channels that depend on it, measured on the
 * grouping split as evenly as possible (a real grouped conv when the split is exact).
 */
export function channelUse(x: tf.Tensor4D, outChannels: number, groups: number, k: number, seed: number): number[] {
  const cin = x.shape[3];
  const inSizes = unevenSizes(cin, groups);
  const outSizes = unevenSizes(outChannels, groups);
  const conv = (input: tf.Tensor4D) =>
    tf.tidy(() => {
      const parts = tf.split(input, inSizes, 3) as tf.Tensor4D[];
      const outs = parts.map((xi, i) =>
        tf.conv2d(xi, tf.randomNormal([k, k, inSizes[i]!, outSizes[i]!], 0, 0.1, 'float32', subSeed(seed, i)) as tf.Tensor4D, 1, 'same'),
      );
      return tf.concat(outs, 3);
    });
  const base = conv(x);
  try {
    return Array.from({ length: cin }, (_, c) =>
      tf.tidy(() => {
        const nudge = tf.oneHot(tf.tensor1d([c], 'int32'), cin).reshape([1, 1, 1, cin]);
        const moved = tf.sum(tf.abs(tf.sub(conv(tf.add(x, nudge) as tf.Tensor4D), base)), [0, 1, 2]);
        return Array.from(moved.dataSync()).filter((v) => v > 1e-6).length;
      }),
    );
  } finally {
    base.dispose();
  }
}

function denseParams(cin: number, cout: number, k: number): number {
  const model = tf.sequential();
  try {
    model.add(tf.layers.conv2d({ inputShape: [SIDE, SIDE, cin], filters: cout, kernelSize: k, padding: 'same' }));
    return model.countParams();
  } finally {
    model.dispose();
  }
}

function attempt(x: tf.Tensor4D, cout: number, g: number, k: number, seed: number): GroupConvResult | GroupSplitError {
  try {
    return groupConv(x, cout, g, k, seed);
  } catch (e) {
    if (e instanceof GroupSplitError) return e;
    throw e;
  }
}

function failed(r: GroupConvResult | GroupSplitError, what: 'input' | 'filters'): boolean {
  return r instanceof GroupSplitError && r.failures.some((f) => f.what === what);
}

/**
 * A labelled bar per group count: its parameters where it builds, a cross where it does
 * not (a curve over the few counts that build is often a single point). Sent with every
 * progress message so a live chart is labelled from the start.
 */
function charts(maxGroups: number, chosen: number, cin: number): ChartSpec[] {
  return [
    {
      key: 'main',
      title: L('每个分组数能否构建，及其参数量', 'Which group counts build, and their parameters'),
      x: L('分组数', 'Groups'),
      y: L('参数', 'Parameters'),
      kind: 'bar',
      categories: Array.from({ length: maxGroups }, (_, i) => i + 1),
      missing: L('无法构建', 'does not build'),
      highlight: chosen,
    },
    {
      key: 'use',
      title: L('每个输入通道被多少个输出通道用到（尽量均分时）', 'Output channels fed by each input channel (split as evenly as possible)'),
      x: L('输入通道', 'Input channel'),
      y: L('输出通道数', 'Output channels'),
      kind: 'bar',
      categories: Array.from({ length: cin }, (_, i) => i + 1),
    },
  ];
}

async function run(params: Params, seed: number, onProgress?: OnProgress): Promise<RunResult> {
  const cin = num(params, 'inChannels');
  const g = num(params, 'groups');
  const cout = num(params, 'outChannels');
  const k = num(params, 'kernelSize');
  const x = tf.randomNormal([1, SIDE, SIDE, cin], 0, 1, 'float32', subSeed(seed, 1)) as tf.Tensor4D;
  try {
    const result = attempt(x, cout, g, k, subSeed(seed, 2));
    const metrics: Metrics = {
      denseParams: denseParams(cin, cout, k),
      inputSplitOk: failed(result, 'input') ? 0 : 1,
      filterSplitOk: failed(result, 'filters') ? 0 : 1,
    };
    if (!(result instanceof GroupSplitError)) metrics.params = result.params;
    const use = g <= cin && g <= cout ? channelUse(x, cout, g, k, subSeed(seed, 3)) : [];
    if (use.length > 0) {
      metrics.maxChannelUse = Math.max(...use);
      metrics.minChannelUse = Math.min(...use);
    }
    const useSeries = series(
      'use',
      L('用到它的输出通道数', 'output channels that use it'),
      use.map((y, i) => ({ x: i + 1, y })),
      'use',
    );
    // Sweep: every group count up to 16 that builds, with its parameter count.
    const sweep = series('params', L('分组卷积参数量', 'grouped conv parameters'), []);
    const maxG = Math.min(16, cin, cout);
    const chartSpecs = charts(Math.max(maxG, g), g, cin);
    for (let gi = 1; gi <= maxG; gi++) {
      const r = attempt(x, cout, gi, k, subSeed(seed, 2));
      if (!(r instanceof GroupSplitError)) sweep.points.push({ x: gi, y: r.params });
      if (gi % 4 === 0) {
        onProgress?.({ charts: chartSpecs, fraction: gi / maxG, series: snapshot([sweep, useSeries]) });
        await yieldToEventLoop();
      }
    }
    return {
      metrics,
      series: [sweep, useSeries],
      charts: chartSpecs,
      notes: [
        ...(result instanceof GroupSplitError ? [L(`构建失败：${result.message}`, `Construction failed: ${result.message}`)] : []),
        ...(use.length > 0
          ? [
              L(
                `尽量均分（每组输入 ${unevenSizes(cin, g).join('/')}、卷积核 ${unevenSizes(cout, g).join('/')}）时，每个输入通道被 ${Math.min(...use)}–${Math.max(...use)} 个输出通道用到。`,
                `Split as evenly as possible (inputs ${unevenSizes(cin, g).join('/')}, filters ${unevenSizes(cout, g).join('/')} per group), each input channel feeds ${Math.min(...use)}–${Math.max(...use)} output channels.`,
              ),
            ]
          : []),
      ],
    };
  } finally {
    x.dispose();
  }
}

export function decide(metrics: Metrics): string {
  if (metrics.inputSplitOk === 0) return 'invalid-in';
  if (metrics.filterSplitOk === 0) return 'invalid-out';
  return 'valid';
}

export const groupConvRunnable: Runnable = { id: 'group-conv', run, decide };
