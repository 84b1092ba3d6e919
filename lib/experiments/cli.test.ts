import { describe, expect, it } from 'vitest';
import { formatRunText, isUsageError, parseExperimentArgs } from './cli';
import { getExperimentSpec } from './registry';

describe('npm run experiment arguments', () => {
  it('reads an id, a seed, params and --json, filling defaults', () => {
    const a = parseExperimentArgs(['conv-bias-params', '--seed', '7', '--params', '{"outChannels":5}', '--json'], 1);
    expect(a).toEqual({ id: 'conv-bias-params', seed: 7, json: true, params: { inChannels: 6, outChannels: 5, kernelSize: 3 } });
    expect(parseExperimentArgs(['conv-bias-params', '--seed=9'], 1)).toMatchObject({ seed: 9, json: false });
    expect(parseExperimentArgs(['conv-bias-params'], 42)).toMatchObject({ seed: 42 });
  });

  it.each([
    [[], /no experiment id/, /usage/],
    [['nope'], /unknown experiment "nope"/, /conv-bias-params/],
    [['conv-bias-params', '--seed', '-1'], /--seed must be a non-negative integer/, /--seed 7/],
    [['conv-bias-params', '--params', '{bad'], /not valid JSON/, /--params '/],
    [['conv-bias-params', '--params', '[1]'], /must be a JSON object/, /--params/],
    [['conv-bias-params', '--params', '{"outChannels":999}'], /outside 1..64/, /outChannels \(int 1..64, default 7\)/],
    [['conv-bias-params', '--params', '{"groups":2}'], /unknown parameter "groups"/, /inChannels/],
    [['conv-bias-params', '--frobnicate'], /unknown option/, /usage/],
  ])('%j is an error with a fix', (argv, message, fix) => {
    const e = parseExperimentArgs(argv, 1);
    expect(isUsageError(e)).toBe(true);
    if (!isUsageError(e)) return;
    expect(e.message).toMatch(message);
    expect(e.fix).toMatch(fix);
  });

  it('prints the measurements and the outcome with its label', () => {
    const spec = getExperimentSpec('conv-bias-params')!;
    const text = formatRunText(spec, {
      params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
      seed: 3,
      metrics: { withBias: 385, withoutBias: 378, biasParams: 7 },
      outcome: 'equals-out',
      ms: 12,
    });
    expect(text).toContain('biasParams   7');
    expect(text).toContain('outcome: equals-out (The difference equals the output channels)');
  });
});
