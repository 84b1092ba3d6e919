import { describe, expect, it } from 'vitest';
import { defaultLabels, fill, formatMetric, localize, resolveLabels } from './labels';

describe('experiment labels', () => {
  it('has the same keys in both locales', () => {
    expect(Object.keys(defaultLabels['zh-CN']).sort()).toEqual(Object.keys(defaultLabels.en).sort());
  });

  it('merges overrides and picks the locale', () => {
    expect(resolveLabels('en', { run: 'Go' }).run).toBe('Go');
    expect(localize({ zh: '运行', en: 'Run' }, 'zh-CN')).toBe('运行');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Ran on {backend} in {ms} ms {x}', { backend: 'wasm', ms: 12 })).toBe('Ran on wasm in 12 ms {x}');
  });

  it('formats measurements', () => {
    expect(formatMetric(92.834, '%')).toBe('92.8%');
    expect(formatMetric(385, 'params')).toBe('385');
    expect(formatMetric(0.123456)).toBe('0.1235');
    expect(formatMetric(0.0000123)).toBe('1.23e-5');
    expect(formatMetric(15, 'px')).toBe('15 px');
    expect(formatMetric(undefined)).toBe('—');
  });
});
