/** Specs of the convolution and pooling experiments. Free of tfjs, like registry.ts. */
import type { ExperimentSpec } from './registry';
import { int, L } from './registry-helpers';

export const convSpecs: readonly ExperimentSpec[] = [
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
      { key: 'other', label: L('差值不等于以上任何一个', 'The difference equals none of these') },
    ],
    metrics: [
      { key: 'withBias', label: L('有偏置参数量', 'Parameters with bias'), unit: 'params' },
      { key: 'withoutBias', label: L('无偏置参数量', 'Parameters without bias'), unit: 'params' },
      { key: 'biasParams', label: L('偏置参数个数', 'Bias parameters'), unit: 'params' },
    ],
  },
  {
    id: 'conv-output-size',
    title: L('卷积的输出尺寸', 'Convolution output size'),
    claim: L(
      '卷积的输出边长 = ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1：补零加大输入，膨胀让卷积核等效变大，步长按比例缩小输出，除不尽时向下取整。',
      'A convolution’s output side is ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1: padding enlarges the input, dilation enlarges the kernel’s span, the stride divides, and a remainder is dropped.',
    ),
    noteTopic: 'conv-output-size',
    params: [
      int('size', L('输入边长 n', 'Input side n'), 32, 1, 64),
      int('kernelSize', L('卷积核大小 k', 'Kernel size k'), 3, 1, 7),
      int('padding', L('每侧补零 p', 'Zero padding per side p'), 1, 0, 8),
      int('stride', L('步长 s', 'Stride s'), 1, 1, 4),
      int('dilation', L('膨胀率 d', 'Dilation d'), 1, 1, 4),
    ],
    check: (p) => {
      const span = Number(p.dilation) * (Number(p.kernelSize) - 1) + 1;
      const padded = Number(p.size) + 2 * Number(p.padding);
      return span > padded
        ? L(
            `卷积核放不下：等效核边长 d(k−1)+1 = ${span}，大于补零后的输入边长 n+2p = ${padded}。请减小 k 或 d，或加大 n 或 p。`,
            `The kernel does not fit: its span d(k−1)+1 = ${span} is larger than the padded input n+2p = ${padded}. Lower k or d, or raise n or p.`,
          )
        : undefined;
    },
    formula: {
      metric: 'outputSize',
      expression: '⌊(n + 2p − d(k−1) − 1) / s⌋ + 1',
      evaluate: (p) => {
        const [n, k, pad, s, d] = ['size', 'kernelSize', 'padding', 'stride', 'dilation'].map((key) => Number(p[key]));
        return {
          substituted: `⌊(${n} + 2·${pad} − ${d}·(${k}−1) − 1) / ${s}⌋ + 1`,
          value: Math.floor((n! + 2 * pad! - d! * (k! - 1) - 1) / s!) + 1,
        };
      },
    },
    outcomes: [
      { key: 'smaller', label: L('输出比输入小', 'The output is smaller than the input') },
      { key: 'same', label: L('输出和输入一样大', 'The output is as large as the input') },
      { key: 'larger', label: L('输出比输入大', 'The output is larger than the input') },
    ],
    metrics: [
      { key: 'outputSize', label: L('输出边长（高）', 'Output side (height)'), unit: 'px' },
      { key: 'outputWidth', label: L('输出宽度', 'Output width'), unit: 'px' },
      { key: 'paddedSize', label: L('补零后的输入边长', 'Padded input side'), unit: 'px' },
      { key: 'unreadRows', label: L('补零后输入中没有被任何输出读到的行数', 'Rows of the padded input no output reads') },
    ],
  },
  {
    id: 'group-conv',
    title: L('分组卷积的整除限制', 'Group convolution divisibility'),
    claim: L(
      '分组数必须能整除输入通道数，也必须能整除输出通道数（例：输入 6、分组 3、输出 7 不合法）；硬要不均分（3/2/2）时，有的输入通道被用得多、有的用得少。',
      'The group count must divide both the input and the output channels (6 in, 3 groups, 7 out is invalid); split unevenly (3/2/2), some input channels would be used more than others.',
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
      {
        key: 'maxChannelUse',
        label: L(
          '尽量均分时，一个输入通道最多被几个输出通道用到',
          'Split as evenly as possible: most output channels fed by one input channel',
        ),
      },
      {
        key: 'minChannelUse',
        label: L(
          '尽量均分时，一个输入通道最少被几个输出通道用到',
          'Split as evenly as possible: fewest output channels fed by one input channel',
        ),
      },
    ],
  },
  {
    id: 'dilated-receptive-field',
    title: L('空洞卷积的感受野', 'Dilated convolution receptive field'),
    claim: L(
      '空洞卷积在不增加参数的情况下扩大感受野：堆叠膨胀率 1、2、4 的 3×3 卷积，感受野为 15×15。膨胀率有大于 1 的公因数（如 2、2、2）时，感受野内会留下空洞。',
      'Dilation widens the receptive field without extra parameters: 3×3 convs with dilation 1, 2, 4 see 15×15. Rates with a common factor above 1 (2, 2, 2) leave holes inside the field.',
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
      {
        key: 'coverage',
        label: L('覆盖率：感受野方框内真正用到的位置占比', 'Coverage: share of positions inside the field actually used'),
        unit: '%',
      },
      { key: 'params', label: L('参数量', 'Parameters'), unit: 'params' },
    ],
  },
  {
    id: 'pooling-shift',
    title: L('池化与平移', 'Pooling under a shift'),
    claim: L(
      '池化带来一定的平移不变性：图像小幅平移后，池化后的特征比直接按步长下采样的特征变化小。',
      'Pooling gives some translation invariance: after a small shift, pooled features change less than a plain stride subsample of the same size.',
    ),
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
      {
        key: 'pooled-changes-less',
        label: L('最大池化和平均池化的输出都比步长下采样变化小', 'Both max and average pooling change less than the stride subsample'),
      },
      {
        key: 'subsample-changes-less',
        label: L('步长下采样的输出变化比两种池化都小', 'The stride subsample changes less than both poolings'),
      },
      {
        key: 'mixed',
        label: L(
          '都不是：一种池化更稳、另一种不然，或相差不到 1%',
          'Neither: one pooling changes less and the other does not, or they are within 1%',
        ),
      },
    ],
    metrics: [
      { key: 'maxChange', label: L('最大池化相对变化', 'Max-pool relative change') },
      { key: 'avgChange', label: L('平均池化相对变化', 'Avg-pool relative change') },
      { key: 'subsampleChange', label: L('步长下采样（不池化）相对变化', 'Stride subsample (no pooling) relative change') },
      { key: 'rawChange', label: L('原始像素相对变化', 'Raw pixels relative change') },
    ],
  },
];
