import { describe, expect, it } from 'vitest';
import { getExperimentSpec, resolveParams } from '@/lib/experiments/registry';
import { cards, errors, parse } from './test-helpers';

const block = (yaml: string, before = '') => `${before}\`\`\`predict\n${yaml}\n\`\`\`\n`;

const GOOD = `id: bn-batch-size-predict
experiment: bn-batch-size
params: { smallBatch: 2, largeBatch: 64 }
question: 同一个带 BN 的网络分别用批大小 2 和 64 训练，哪个更高？
options:
  - outcome: large-better
    text: 批大小 64 更高
  - outcome: small-better
    text: 批大小 2 更高
explanation: 批次太小时 BN 的统计量噪声很大。`;

describe('predict blocks', () => {
  it('reads a valid block with params resolved against the registry', () => {
    const [c] = cards(block(GOOD, '# 归一化\n\n'));
    expect(c).toMatchObject({
      id: 'bn-batch-size-predict',
      type: 'predict',
      line: 3,
      hasExplicitId: true,
      headingPath: ['归一化'],
      front: '同一个带 BN 的网络分别用批大小 2 和 64 训练，哪个更高？',
      options: [
        { outcome: 'large-better', text: '批大小 64 更高' },
        { outcome: 'small-better', text: '批大小 2 更高' },
      ],
      explanation: '批次太小时 BN 的统计量噪声很大。',
    });
    const spec = getExperimentSpec('bn-batch-size');
    expect(spec).toBeDefined();
    const defaults = spec ? resolveParams(spec, {}).params : {};
    expect(c?.predict).toEqual({ experiment: 'bn-batch-size', params: { ...defaults, smallBatch: 2, largeBatch: 64 } });
  });

  it('reads a numeric prediction', () => {
    const [c] = cards(block('id: conv-bias-n\nexperiment: conv-bias-params\nquestion: 偏置参数有几个？\nmetric: biasParams\ntolerance: 0'));
    expect(c?.predict).toMatchObject({ experiment: 'conv-bias-params', metric: 'biasParams', tolerance: 0 });
  });

  it('reports an unknown experiment at its line with the known ids', () => {
    const note = parse(block(GOOD.replace('experiment: bn-batch-size', 'experiment: bn-batchsize'), 'intro\n\n'));
    const d = note.diagnostics.find((x) => x.message.includes('unknown experiment'));
    expect(d).toMatchObject({ severity: 'error', file: 'content/notes/pooling.md', line: 5, col: 13 });
    expect(d?.fix).toContain('bn-batch-size');
    expect(note.cards).toEqual([]);
  });

  it('reports bad params, outcomes and metrics with fix hints', () => {
    const yaml = GOOD.replace('smallBatch: 2', 'smallBatch: 99, colour: red').replace('outcome: small-better', 'outcome: smaller');
    const note = parse(block(yaml));
    expect(errors(note)).toEqual([
      'unknown parameter "colour" for bn-batch-size; known: smallBatch, largeBatch, steps, learningRate',
      'parameter "smallBatch" = 99 is outside 1..8',
      'option 2: unknown outcome "smaller" for bn-batch-size',
    ]);
    const outcome = note.diagnostics.find((d) => d.message.includes('smaller'));
    expect(outcome).toMatchObject({ line: 9, col: 14 });
    expect(outcome?.fix).toBe('use one of: large-better, small-better, same');
    const metric = parse(block('experiment: conv-bias-params\nquestion: q\nmetric: bias\ntolerance: 0'));
    expect(errors(metric)).toEqual(['unknown metric "bias" for conv-bias-params']);
  });

  it('reports YAML syntax errors and missing pieces', () => {
    expect(parse(block('experiment: [oops')).diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(errors(parse(block('experiment: bn-batch-size\nquestion: q')))).toEqual(['predict block has neither `options` nor `metric`']);
    expect(errors(parse(block('experiment: conv-bias-params\nquestion: q\nmetric: biasParams')))).toEqual([
      '`tolerance` must be a number ≥ 0 when `metric` is used',
    ]);
  });

  it('derives an id when the block has none', () => {
    const note = parse(block(GOOD.replace('id: bn-batch-size-predict\n', '')));
    expect(note.cards[0]?.hasExplicitId).toBe(false);
    expect(note.idEdits[0]?.text).toBe(`\nid: ${note.cards[0]?.id}`);
  });
});
