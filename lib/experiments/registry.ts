/**
 * The experiment registry: ids, titles, the claim each one tests, parameter
 * schemas, the outcomes its answer rule can return and the metrics it measures.
 *
 * This module is deliberately free of tfjs so that the content checker, the
 * review page and the deck pages can validate `predict` items without loading
 * TensorFlow.js. The runnable implementations live beside it and are looked up
 * by the same id.
 */

export type Localized = { zh: string; en: string };

export type ParamSpec =
  | { key: string; label: Localized; type: 'int' | 'float'; default: number; min: number; max: number; step: number }
  | { key: string; label: Localized; type: 'choice'; default: string; choices: string[]; choiceLabels?: Record<string, Localized> }
  | { key: string; label: Localized; type: 'bool'; default: boolean };

export type ParamValue = number | string | boolean;
export type Params = Record<string, ParamValue>;

export interface OutcomeSpec {
  key: string;
  label: Localized;
}

export interface MetricSpec {
  key: string;
  label: Localized;
  /** Unit or format hint for display, e.g. '%', 'px', 'params'. */
  unit?: string;
}

export interface ExperimentSpec {
  id: string;
  title: Localized;
  /** The claim from the notes that the experiment tests. */
  claim: Localized;
  /** Note topic (content/notes/<topic>.md) the claim comes from. */
  noteTopic: string;
  params: ParamSpec[];
  /** What the answer rule can decide; predict options refer to these keys. */
  outcomes: OutcomeSpec[];
  /** Numbers the run measures; numeric predictions refer to these keys. */
  metrics: MetricSpec[];
}

const L = (zh: string, en: string): Localized => ({ zh, en });
const int = (key: string, label: Localized, def: number, min: number, max: number, step = 1): ParamSpec => ({
  key,
  label,
  type: 'int',
  default: def,
  min,
  max,
  step,
});
const float = (key: string, label: Localized, def: number, min: number, max: number, step: number): ParamSpec => ({
  key,
  label,
  type: 'float',
  default: def,
  min,
  max,
  step,
});

export const experimentSpecs: readonly ExperimentSpec[] = [
  {
    id: 'bn-batch-size',
    title: L('BatchNorm 与批大小', 'BatchNorm and batch size'),
    claim: L(
      '批次太少时，BN 的统计量接近不了真实分布，反而引起震荡（此时可考虑 GroupNorm）。',
      'With very small batches BN statistics are noisy, which makes training oscillate (GroupNorm helps then).',
    ),
    noteTopic: 'normalization',
    params: [
      int('smallBatch', L('小批大小', 'Small batch size'), 2, 1, 8),
      int('largeBatch', L('大批大小', 'Large batch size'), 64, 16, 128, 8),
      int('steps', L('训练步数', 'Training steps'), 150, 20, 400, 10),
      float('learningRate', L('学习率', 'Learning rate'), 0.1, 0.005, 0.3, 0.005),
    ],
    outcomes: [
      { key: 'large-better', label: L('批大小 64 的 eval 准确率更高', 'Batch size 64 has the higher eval accuracy') },
      { key: 'small-better', label: L('批大小 2 的 eval 准确率更高', 'Batch size 2 has the higher eval accuracy') },
      { key: 'same', label: L('两者差不多（相差 < 2 个百分点）', 'About the same (within 2 points)') },
    ],
    metrics: [
      { key: 'smallEvalAccuracy', label: L('小批 eval 准确率', 'Small-batch eval accuracy'), unit: '%' },
      { key: 'largeEvalAccuracy', label: L('大批 eval 准确率', 'Large-batch eval accuracy'), unit: '%' },
      { key: 'smallLossNoise', label: L('小批训练损失波动', 'Small-batch loss noise') },
      { key: 'largeLossNoise', label: L('大批训练损失波动', 'Large-batch loss noise') },
      {
        key: 'smallNoBnEvalAccuracy',
        label: L('对照：小批、无 BN 的 eval 准确率', 'Control: small batch without BN, eval accuracy'),
        unit: '%',
      },
    ],
  },
  {
    id: 'bn-train-eval',
    title: L('train() 与 eval()', 'train() vs eval()'),
    claim: L(
      '训练时网络处于 train() 模式，评估时必须手动调用 eval()，才能正确使用 BN 和 Dropout。',
      'Training runs in train() mode; evaluation needs eval() so BN and dropout behave correctly.',
    ),
    noteTopic: 'normalization',
    params: [
      int('batchSize', L('批大小', 'Batch size'), 8, 1, 64),
      float('dropoutRate', L('Dropout 比例', 'Dropout rate'), 0.5, 0, 0.9, 0.05),
      int('repeats', L('重复前向次数', 'Forward passes'), 20, 5, 100, 5),
    ],
    outcomes: [
      {
        key: 'differ',
        label: L('train 与 eval 输出明显不同，且 train 输出每次都在变', 'Outputs differ, and train-mode outputs change on every pass'),
      },
      { key: 'same', label: L('两种模式输出相同', 'Both modes give the same output') },
    ],
    metrics: [
      { key: 'meanAbsDiff', label: L('train/eval 平均绝对差', 'Mean |train − eval|') },
      { key: 'trainSpread', label: L('train 模式输出标准差', 'Train-mode output spread') },
      { key: 'evalSpread', label: L('eval 模式输出标准差', 'Eval-mode output spread') },
    ],
  },
  {
    id: 'l1-vs-l2-sparsity',
    title: L('L1 与 L2 的稀疏性', 'L1 vs L2 sparsity'),
    claim: L(
      'L1 的导数是常数，会把权重压到 0 附近并来回震荡；L2 的导数是 2w，下降平滑、很难降到 0。',
      'L1 has a constant derivative and pushes weights to zero, where they oscillate; L2 (derivative 2w) shrinks smoothly and rarely reaches zero.',
    ),
    noteTopic: 'regularization',
    params: [
      int('features', L('特征数', 'Features'), 20, 5, 50),
      int('informative', L('有用特征数', 'Informative features'), 3, 1, 10),
      float('lambda', L('正则强度 λ', 'Penalty λ'), 0.05, 0.001, 0.5, 0.001),
      int('epochs', L('训练轮数', 'Epochs'), 200, 20, 600, 10),
      float('epsilon', L('近零阈值 ε', 'Near-zero threshold ε'), 0.01, 0.001, 0.1, 0.001),
    ],
    outcomes: [
      { key: 'l1-sparser', label: L('L1 得到更多近零权重', 'L1 leaves more near-zero weights') },
      { key: 'l2-sparser', label: L('L2 得到更多近零权重', 'L2 leaves more near-zero weights') },
      { key: 'same', label: L('两者近零权重数相同', 'Both leave the same number') },
    ],
    metrics: [
      { key: 'l1NearZero', label: L('L1 近零权重数', 'L1 near-zero weights') },
      { key: 'l2NearZero', label: L('L2 近零权重数', 'L2 near-zero weights') },
      { key: 'l1Oscillation', label: L('L1 近零权重震荡幅度', 'L1 oscillation near zero') },
      { key: 'l2Oscillation', label: L('L2 近零权重震荡幅度', 'L2 oscillation near zero') },
      { key: 'l1SignFlips', label: L('L1 无用权重的符号翻转次数（末段）', 'L1 sign flips per uninformative weight (last epochs)') },
      { key: 'l2SignFlips', label: L('L2 无用权重的符号翻转次数（末段）', 'L2 sign flips per uninformative weight (last epochs)') },
    ],
  },
  {
    id: 'dropout-eval',
    title: L('Dropout：训练与评估', 'Dropout in training and eval'),
    claim: L(
      'Dropout 在训练时随机抑制神经元；eval() 时所有神经元都参与计算。',
      'Dropout silences random units in training; in eval() every unit takes part.',
    ),
    noteTopic: 'dropout',
    params: [
      float('rate', L('丢弃率 p', 'Drop rate p'), 0.5, 0.1, 0.9, 0.05),
      int('units', L('神经元数', 'Units'), 256, 16, 1024, 16),
      int('passes', L('前向次数', 'Forward passes'), 50, 10, 200, 10),
    ],
    outcomes: [
      {
        key: 'scaled-mean-kept',
        label: L(
          '训练时保留的激活乘以 1/(1−p)，均值与 eval 一致；eval 输出不变',
          'Kept activations are scaled by 1/(1−p), the mean matches eval, and eval output never varies',
        ),
      },
      { key: 'unscaled', label: L('训练时不缩放，均值比 eval 小', 'No scaling: the training mean is smaller than eval') },
      { key: 'eval-random', label: L('eval 时输出仍然随机', 'Eval outputs are random too') },
    ],
    metrics: [
      { key: 'scaleFactor', label: L('测得的保留激活缩放倍数', 'Measured scale of kept activations') },
      { key: 'expectedScale', label: L('1/(1−p)', '1/(1−p)') },
      { key: 'trainSpread', label: L('train 输出标准差', 'Train output spread') },
      { key: 'evalSpread', label: L('eval 输出标准差', 'Eval output spread') },
      { key: 'trainMean', label: L('train 输出均值', 'Train output mean') },
      { key: 'evalMean', label: L('eval 输出均值', 'Eval output mean') },
      { key: 'keptFraction', label: L('保留比例', 'Share of units kept') },
    ],
  },
  {
    id: 'conv-bias-params',
    title: L('卷积偏置参数个数', 'Conv bias parameter count'),
    claim: L('2D 卷积设置偏置时，偏置参数个数 = 输出通道数。', 'With bias on, a Conv2D has one bias parameter per output channel.'),
    noteTopic: 'conv-bias',
    params: [
      int('inChannels', L('输入通道', 'Input channels'), 6, 1, 64),
      int('outChannels', L('输出通道', 'Output channels'), 7, 1, 64),
      int('kernelSize', L('卷积核大小', 'Kernel size'), 3, 1, 7, 2),
    ],
    outcomes: [
      { key: 'equals-out', label: L('差值等于输出通道数', 'The difference equals the output channels') },
      { key: 'equals-in', label: L('差值等于输入通道数', 'The difference equals the input channels') },
      { key: 'equals-kernel', label: L('差值等于卷积核元素数', 'The difference equals the kernel size squared') },
    ],
    metrics: [
      { key: 'withBias', label: L('有偏置参数量', 'Parameters with bias'), unit: 'params' },
      { key: 'withoutBias', label: L('无偏置参数量', 'Parameters without bias'), unit: 'params' },
      { key: 'biasParams', label: L('偏置参数个数', 'Bias parameters'), unit: 'params' },
    ],
  },
  {
    id: 'group-conv',
    title: L('分组卷积的整除限制', 'Group convolution divisibility'),
    claim: L(
      '分组数必须能整除输入通道数，也必须能整除输出通道数（例：输入 6、分组 3、输出 7 不合法）。',
      'The group count must divide both the input and the output channels (6 in, 3 groups, 7 out is invalid).',
    ),
    noteTopic: 'group-convolution',
    params: [
      int('inChannels', L('输入通道', 'Input channels'), 6, 1, 32),
      int('groups', L('分组数', 'Groups'), 3, 1, 16),
      int('outChannels', L('输出通道', 'Output channels'), 7, 1, 32),
      int('kernelSize', L('卷积核大小', 'Kernel size'), 3, 1, 7, 2),
    ],
    outcomes: [
      { key: 'valid', label: L('合法，可以构建并运行', 'Valid: it builds and runs') },
      { key: 'invalid-in', label: L('不合法：分组数不能整除输入通道', 'Invalid: groups do not divide the input channels') },
      { key: 'invalid-out', label: L('不合法：分组数不能整除输出通道', 'Invalid: groups do not divide the output channels') },
    ],
    metrics: [
      { key: 'params', label: L('分组卷积参数量（合法时）', 'Grouped conv parameters (when valid)'), unit: 'params' },
      { key: 'denseParams', label: L('普通卷积参数量', 'Ordinary conv parameters'), unit: 'params' },
      { key: 'inputSplitOk', label: L('输入通道能否均分（1 = 能）', 'Input channels split evenly (1 = yes)') },
      { key: 'filterSplitOk', label: L('卷积核能否均分（1 = 能）', 'Filters split evenly (1 = yes)') },
    ],
  },
  {
    id: 'dilated-receptive-field',
    title: L('空洞卷积的感受野', 'Dilated convolution receptive field'),
    claim: L(
      '空洞卷积在不增加参数的情况下扩大感受野：堆叠膨胀率 1、2、4 的 3×3 卷积，感受野为 15×15。',
      'Dilation widens the receptive field without extra parameters: 3×3 convs with dilation 1, 2, 4 see 15×15.',
    ),
    noteTopic: 'dilated-convolution',
    params: [
      {
        key: 'dilations',
        label: L('膨胀率序列', 'Dilation sequence'),
        type: 'choice',
        default: '1,2,4',
        choices: ['1,1,1', '1,2,4', '1,2,4,8', '2,2,2'],
      },
      int('size', L('输入尺寸', 'Input size'), 33, 17, 65, 2),
    ],
    outcomes: [
      { key: 'rf-15', label: L('15×15', '15×15') },
      { key: 'rf-7', label: L('7×7', '7×7') },
      { key: 'rf-9', label: L('9×9', '9×9') },
      { key: 'rf-other', label: L('其他大小', 'Another size') },
    ],
    metrics: [
      { key: 'receptiveField', label: L('测得感受野边长', 'Measured receptive field side'), unit: 'px' },
      { key: 'params', label: L('参数量', 'Parameters'), unit: 'params' },
    ],
  },
  {
    id: 'pooling-shift',
    title: L('池化与平移', 'Pooling under a shift'),
    claim: L('池化带来一定的平移不变性。', 'Pooling gives some translation invariance.'),
    noteTopic: 'pooling',
    params: [
      int('poolSize', L('池化窗口', 'Pool size'), 2, 2, 4),
      int('shift', L('平移像素', 'Shift (px)'), 1, 1, 3),
      int('images', L('图像数', 'Images'), 32, 4, 128, 4),
      {
        key: 'family',
        label: L('图像类型', 'Image family'),
        type: 'choice',
        default: 'strokes',
        choices: ['strokes', 'blobs'],
        choiceLabels: { strokes: L('细笔画', 'Thin strokes'), blobs: L('平滑斑块', 'Smooth blobs') },
      },
    ],
    outcomes: [
      { key: 'max-changes-less', label: L('最大池化的输出变化更小', 'Max pooling changes less') },
      { key: 'avg-changes-less', label: L('平均池化的输出变化更小', 'Average pooling changes less') },
      { key: 'same', label: L('两者一样', 'Both change the same') },
    ],
    metrics: [
      { key: 'maxChange', label: L('最大池化相对变化', 'Max-pool relative change') },
      { key: 'avgChange', label: L('平均池化相对变化', 'Avg-pool relative change') },
      { key: 'rawChange', label: L('不池化时的相对变化', 'Relative change without pooling') },
    ],
  },
  {
    id: 'over-underfitting',
    title: L('欠拟合与过拟合', 'Underfitting and overfitting'),
    claim: L(
      '数据量至少应是网络参数的 10 倍；数据少、网络大容易过拟合，数据多、网络小容易欠拟合。',
      'Data should be at least 10× the parameters: little data and a big net overfits; lots of data and a tiny net underfits.',
    ),
    noteTopic: 'fitting',
    params: [
      int('smallData', L('少量数据点', 'Small data size'), 20, 10, 100, 5),
      int('largeData', L('大量数据点', 'Large data size'), 500, 200, 2000, 50),
      int('smallHidden', L('小网络隐藏单元', 'Small net hidden units'), 2, 1, 8),
      int('largeHidden', L('大网络隐藏单元', 'Large net hidden units'), 64, 16, 256, 8),
      int('epochs', L('训练轮数', 'Epochs'), 200, 20, 500, 10),
    ],
    outcomes: [
      {
        key: 'large-net-small-data-gap',
        label: L('大网络 + 少数据的训练/测试差距最大', 'Big net on little data has the largest train/test gap'),
      },
      { key: 'small-net-large-data-gap', label: L('小网络 + 多数据的差距最大', 'Small net on lots of data has the largest gap') },
      { key: 'no-difference', label: L('四种组合差距都差不多', 'All four have about the same gap') },
      { key: 'small-net-small-data-gap', label: L('小网络 + 少数据的差距最大', 'Small net on little data has the largest gap') },
      { key: 'large-net-large-data-gap', label: L('大网络 + 多数据的差距最大', 'Big net on lots of data has the largest gap') },
    ],
    metrics: [
      { key: 'gapLargeNetSmallData', label: L('大网络/少数据 差距', 'Gap: big net, little data') },
      { key: 'gapLargeNetLargeData', label: L('大网络/多数据 差距', 'Gap: big net, lots of data') },
      { key: 'gapSmallNetSmallData', label: L('小网络/少数据 差距', 'Gap: small net, little data') },
      { key: 'gapSmallNetLargeData', label: L('小网络/多数据 差距', 'Gap: small net, lots of data') },
      { key: 'trainLossSmallNetLargeData', label: L('小网络/多数据 训练损失', 'Train loss: small net, lots of data') },
      { key: 'trainLossLargeNetSmallData', label: L('大网络/少数据 训练损失', 'Train loss: big net, little data') },
      { key: 'trainLossLargeNetLargeData', label: L('大网络/多数据 训练损失', 'Train loss: big net, lots of data') },
      { key: 'trainLossSmallNetSmallData', label: L('小网络/少数据 训练损失', 'Train loss: small net, little data') },
      { key: 'testLossLargeNetSmallData', label: L('大网络/少数据 测试损失', 'Test loss: big net, little data') },
      { key: 'testLossLargeNetLargeData', label: L('大网络/多数据 测试损失', 'Test loss: big net, lots of data') },
      { key: 'testLossSmallNetSmallData', label: L('小网络/少数据 测试损失', 'Test loss: small net, little data') },
      { key: 'testLossSmallNetLargeData', label: L('小网络/多数据 测试损失', 'Test loss: small net, lots of data') },
      { key: 'paramsLargeNet', label: L('大网络参数量', 'Big net parameters'), unit: 'params' },
      { key: 'paramsSmallNet', label: L('小网络参数量', 'Small net parameters'), unit: 'params' },
    ],
  },
];

const byId = new Map(experimentSpecs.map((s) => [s.id, s]));

export const experimentIds: readonly string[] = experimentSpecs.map((s) => s.id);

export function getExperimentSpec(id: string): ExperimentSpec | undefined {
  return byId.get(id);
}

/** Fills defaults and reports parameters that are unknown or out of bounds. */
export function resolveParams(spec: ExperimentSpec, given: Record<string, unknown>): { params: Params; errors: string[] } {
  const params: Params = {};
  const errors: string[] = [];
  for (const key of Object.keys(given)) {
    if (!spec.params.some((p) => p.key === key)) {
      errors.push(`unknown parameter "${key}" for ${spec.id}; known: ${spec.params.map((p) => p.key).join(', ')}`);
    }
  }
  for (const p of spec.params) {
    const v = given[p.key];
    if (v === undefined) {
      params[p.key] = p.default;
      continue;
    }
    if (p.type === 'int' || p.type === 'float') {
      if (typeof v !== 'number' || Number.isNaN(v) || (p.type === 'int' && !Number.isInteger(v))) {
        errors.push(`parameter "${p.key}" must be ${p.type === 'int' ? 'an integer' : 'a number'}`);
      } else if (v < p.min || v > p.max) {
        errors.push(`parameter "${p.key}" = ${v} is outside ${p.min}..${p.max}`);
      } else params[p.key] = v;
    } else if (p.type === 'choice') {
      const s = String(v);
      if (!p.choices.includes(s)) errors.push(`parameter "${p.key}" must be one of ${p.choices.join(' | ')}`);
      else params[p.key] = s;
    } else if (typeof v !== 'boolean') errors.push(`parameter "${p.key}" must be true or false`);
    else params[p.key] = v;
  }
  return { params, errors };
}
