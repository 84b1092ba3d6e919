import { describe, expect, it } from 'vitest';
import type { PredictResult } from '@/components/experiments/predict-item';
import { predictVerdict } from './predict-verdict';

const result = (over: Partial<PredictResult>): PredictResult => ({
  prediction: 'equals-out',
  params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
  seed: 42,
  metrics: { difference: 7 },
  outcome: 'equals-out',
  correct: true,
  backend: 'cpu',
  ms: 120,
  ...over,
});

describe('predictVerdict', () => {
  it('grades with lib/quiz/predict and carries the run with the answer', () => {
    expect(predictVerdict('conv-bias-params', result({ confidence: 'high' }))).toEqual({
      correct: true,
      grade: 5,
      run: {
        experimentId: 'conv-bias-params',
        prediction: 'equals-out',
        confidence: 'high',
        params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
        seed: 42,
        metrics: { difference: 7 },
        outcome: 'equals-out',
        backend: 'cpu',
        durationMs: 120,
      },
    });
  });
  it('gives a confident wrong prediction 0 and leaves out a missing confidence', () => {
    expect(predictVerdict('x', result({ correct: false, prediction: 'equals-in', confidence: 'high' })).grade).toBe(0);
    const v = predictVerdict('x', result({ correct: false, prediction: 'equals-in' }));
    expect(v.grade).toBe(1);
    expect('confidence' in v.run).toBe(false);
  });
});
