import { describe, expect, it } from 'vitest';
import { buildContent } from './build';

describe('answer length check', () => {
  it('warns about a basic answer over 60 characters, with its position', () => {
    const long = '很'.repeat(61);
    const content = buildContent({ notes: [{ path: 'content/notes/x.md', text: `# X\n\nShort::ok ^x-a\n\nLong::${long} ^x-b` }] });
    expect(content.diagnostics.filter((d) => d.message.includes('-character answer')).map((d) => [d.line, d.severity])).toEqual([
      [5, 'warning'],
    ]);
  });
});

describe('predict outcome coverage check', () => {
  const note = (options: string) =>
    [
      '# Bias',
      '',
      '```predict',
      'id: bias-predict',
      'experiment: conv-bias-params',
      'params: { inChannels: 6, outChannels: 7, kernelSize: 3 }',
      'question: 差值等于什么？',
      'options:',
      options,
      '```',
    ].join('\n');
  const all = ['equals-out', 'equals-in', 'equals-kernel', 'other'];
  const optionsFor = (keys: string[]) => keys.map((k) => `  - outcome: ${k}\n    text: ${k}`).join('\n');
  const coverage = (text: string) =>
    buildContent({ notes: [{ path: 'content/notes/conv-bias.md', text }] }).diagnostics.filter((d) => d.message.includes('has no option'));

  it('accepts a card whose options cover every outcome of its experiment', () => {
    expect(coverage(note(optionsFor(all)))).toEqual([]);
  });

  it('fails a card missing an outcome, at the `options:` line, naming the outcome and how to add it', () => {
    const [d, ...rest] = coverage(note(optionsFor(['equals-out', 'equals-in', 'equals-kernel'])));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', file: 'content/notes/conv-bias.md', line: 8, col: 1 });
    expect(d!.message).toContain('"other"');
    expect(d!.message).toContain('bias-predict');
    expect(d!.fix).toContain('`- outcome: other`');
  });

  it('names every missing outcome in one diagnostic', () => {
    const [d] = coverage(note(optionsFor(['equals-out', 'equals-in'])));
    expect(d!.message).toMatch(/outcomes "equals-kernel", "other"/);
  });

  it('leaves numeric predict cards (metric + tolerance) alone', () => {
    const text = note('').replace('options:\n', 'metric: biasParams\ntolerance: 0');
    expect(coverage(text)).toEqual([]);
  });
});
