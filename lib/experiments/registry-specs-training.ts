/** Specs of the experiments that train or run a small net: normalization, dropout, regularization, fitting. Free of tfjs, like registry.ts. */
import type { ExperimentSpec } from './registry';
import { float, int, L } from './registry-helpers';

export const trainingSpecs: readonly ExperimentSpec[] = [
  {
    id: 'bn-batch-size',
    title: L('BatchNorm 与批大小', 'BatchNorm and batch size'),
    claim: L(
      '批次太少时，BN 的统计量接近不了真实分布，反而引起震荡（此时可考虑 GroupNorm）。批大小为 2 时，每个归一化后的值恰好是 ±1。',
      'With very small batches BN statistics are noisy, which makes training oscillate (GroupNorm helps then). With a batch of 2, every normalised value is exactly ±1.',
    ),
    noteTopic: 'normalization',
    params: [
      int('smallBatch', L('小批大小', 'Small batch size'), 2, 1, 8),
      int('largeBatch', L('大批大小', 'Large batch size'), 64, 16, 128, 8),
      int('steps', L('训练步数', 'Training steps'), 150, 20, 400, 10),
      float('learningRate', L('学习率', 'Learning rate'), 0.1, 0.005, 0.3, 0.005),
    ],
    outcomes: [
      { key: 'large-better', label: L('大批的 eval 准确率更高', 'The larger batch has the higher eval accuracy') },
      { key: 'small-better', label: L('小批的 eval 准确率更高', 'The smaller batch has the higher eval accuracy') },
      { key: 'same', label: L('两者差不多（相差 < 2 个百分点）', 'About the same (within 2 points)') },
    ],
    metrics: [
      { key: 'smallEvalAccuracy', label: L('小批 eval 准确率', 'Small-batch eval accuracy'), unit: '%' },
      { key: 'largeEvalAccuracy', label: L('大批 eval 准确率', 'Large-batch eval accuracy'), unit: '%' },
      { key: 'smallLossNoise', label: L('小批训练损失波动', 'Small-batch loss noise') },
      { key: 'largeLossNoise', label: L('大批训练损失波动', 'Large-batch loss noise') },
      {
        key: 'smallNoBnEvalAccuracy',
        label: L(
          '对照：小批、无 BN（输入预先标准化）的 eval 准确率',
          'Control: small batch, no BN (inputs standardised once), eval accuracy',
        ),
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
        key: 'bn-and-dropout',
        label: L(
          '关掉 Dropout 后 train 输出仍与 eval 不同（BN）；train 输出每次前向都在变（Dropout）',
          'Even with dropout off, train output differs from eval (BN); train outputs change from pass to pass (dropout)',
        ),
      },
      {
        key: 'bn-only',
        label: L(
          'train 输出与 eval 不同（BN），但每次前向都一样',
          'Train output differs from eval (BN), but every pass gives the same output',
        ),
      },
      {
        key: 'dropout-only',
        label: L(
          'BN 部分与 eval 一致，只是 train 输出每次都在变（Dropout）',
          'BN matches eval; only the train outputs change from pass to pass (dropout)',
        ),
      },
      { key: 'same', label: L('两种模式输出相同', 'Both modes give the same output') },
    ],
    metrics: [
      { key: 'bnDiff', label: L('只开 BN 训练模式：与 eval 的平均绝对差', 'BN in train mode only: mean |train − eval|') },
      { key: 'meanAbsDiff', label: L('train/eval 平均绝对差', 'Mean |train − eval|') },
      { key: 'trainSpread', label: L('train 模式各次前向的输出标准差', 'Train-mode spread between passes') },
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
      'Dropout 在训练时随机抑制神经元；eval() 时所有神经元都参与计算。PyTorch 和 tfjs 用倒置 Dropout：训练时把保留的激活乘以 1/(1−p)，两种模式的均值一致。',
      'Dropout silences random units in training; in eval() every unit takes part. PyTorch and tfjs use inverted dropout: training scales kept activations by 1/(1−p), so both modes have the same mean.',
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
          '倒置 Dropout：训练时保留的激活乘以 1/(1−p)，train 均值与 eval 一致；eval 输出不变',
          'Inverted dropout: kept activations are scaled by 1/(1−p), the train-mode mean matches eval, and eval output never varies',
        ),
      },
      { key: 'unscaled', label: L('训练时不缩放，train 均值比 eval 小', 'No scaling: the train-mode mean is smaller than eval') },
      { key: 'eval-random', label: L('eval 时输出仍然随机', 'Eval outputs are random too') },
      { key: 'other', label: L('其他：缩放倍数或均值对不上', 'Something else: the scale or the mean does not match') },
    ],
    metrics: [
      { key: 'scaleFactor', label: L('测得的保留激活缩放倍数', 'Measured scale of kept activations') },
      { key: 'expectedScale', label: L('1/(1−p)', '1/(1−p)') },
      { key: 'trainSpread', label: L('train 输出标准差', 'Train output spread') },
      { key: 'evalSpread', label: L('eval 输出标准差', 'Eval output spread') },
      { key: 'trainMean', label: L('train 输出均值', 'Train output mean') },
      { key: 'evalMean', label: L('eval 输出均值', 'Eval output mean') },
      { key: 'meanGap', label: L('|train 均值 − eval 均值|', '|train mean − eval mean|') },
      { key: 'meanTolerance', label: L('允许的均值差（4 倍标准误）', 'Allowed mean gap (4 standard errors)') },
      { key: 'keptFraction', label: L('保留比例', 'Share of units kept') },
    ],
  },
  {
    id: 'over-underfitting',
    title: L('欠拟合与过拟合', 'Underfitting and overfitting'),
    claim: L(
      '数据量至少应是网络参数的 10 倍：数据远少于参数时，训练/测试差距大（过拟合）；网络太小时，连训练损失都降不下来（欠拟合）。',
      'Data should be at least 10× the parameters: far less data than parameters gives a large train/test gap (overfitting); a net that is too small cannot even get its training loss down (underfitting).',
    ),
    noteTopic: 'fitting',
    params: [
      int('littleData', L('少量数据点', 'Little data (points)'), 5, 5, 100, 5),
      int('lotsOfData', L('大量数据点', 'Lots of data (points)'), 1000, 200, 2000, 50),
      int('tinyHidden', L('小网络隐藏单元', 'Tiny net hidden units'), 1, 1, 8),
      int('bigHidden', L('大网络隐藏单元', 'Big net hidden units'), 32, 8, 256, 8),
      int('epochs', L('训练轮数', 'Epochs'), 200, 20, 500, 10),
    ],
    outcomes: [
      {
        key: 'gap-big-little-loss-tiny',
        label: L(
          '大网络/少数据的训练/测试差距最大；小网络/多数据的训练损失最高',
          'Big net on little data: the largest train/test gap; tiny net on lots of data: the highest training loss',
        ),
      },
      {
        key: 'gap-tiny-loss-tiny',
        label: L('小网络/多数据的差距和训练损失都最大', 'Tiny net on lots of data: both the largest gap and the highest training loss'),
      },
      {
        key: 'gap-big-little-loss-big-little',
        label: L('大网络/少数据的差距和训练损失都最大', 'Big net on little data: both the largest gap and the highest training loss'),
      },
      { key: 'other', label: L('其他组合', 'Some other combination') },
    ],
    metrics: [
      { key: 'gapBigNetLittleData', label: L('大网络/少数据 差距', 'Gap: big net, little data') },
      { key: 'gapBigNetLotsOfData', label: L('大网络/多数据 差距', 'Gap: big net, lots of data') },
      { key: 'gapTinyNetLotsOfData', label: L('小网络/多数据 差距', 'Gap: tiny net, lots of data') },
      { key: 'trainLossBigNetLittleData', label: L('大网络/少数据 训练损失', 'Train loss: big net, little data') },
      { key: 'trainLossBigNetLotsOfData', label: L('大网络/多数据 训练损失', 'Train loss: big net, lots of data') },
      { key: 'trainLossTinyNetLotsOfData', label: L('小网络/多数据 训练损失', 'Train loss: tiny net, lots of data') },
      { key: 'testLossBigNetLittleData', label: L('大网络/少数据 测试损失', 'Test loss: big net, little data') },
      { key: 'testLossBigNetLotsOfData', label: L('大网络/多数据 测试损失', 'Test loss: big net, lots of data') },
      { key: 'testLossTinyNetLotsOfData', label: L('小网络/多数据 测试损失', 'Test loss: tiny net, lots of data') },
      { key: 'dataPerParamBigNetLittleData', label: L('大网络/少数据 数据量 ÷ 参数量', 'Data per parameter: big net, little data') },
      { key: 'dataPerParamBigNetLotsOfData', label: L('大网络/多数据 数据量 ÷ 参数量', 'Data per parameter: big net, lots of data') },
      { key: 'dataPerParamTinyNetLotsOfData', label: L('小网络/多数据 数据量 ÷ 参数量', 'Data per parameter: tiny net, lots of data') },
      { key: 'paramsBigNet', label: L('大网络参数量', 'Big net parameters'), unit: 'params' },
      { key: 'paramsTinyNet', label: L('小网络参数量', 'Tiny net parameters'), unit: 'params' },
    ],
  },
];
