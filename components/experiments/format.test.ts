import { describe, expect, it } from 'vitest';
import { formatMetric, localize } from './format';

describe('experiment display helpers', () => {
  it('picks English for en and Chinese for any other locale', () => {
    const text = { zh: '运行', en: 'Run' };
    expect(localize(text, 'en')).toBe('Run');
    expect(localize(text, 'zh-CN')).toBe('运行');
    expect(localize(text, 'fr')).toBe('运行');
  });

  it('formats measurements', () => {
    expect(formatMetric(92.834, '%')).toBe('92.8%');
    expect(formatMetric(385, 'params')).toBe('385');
    expect(formatMetric(0.123456)).toBe('0.123');
    expect(formatMetric(0.0000123)).toBe('1.23 × 10⁻⁵');
    expect(formatMetric(9.353, undefined, 'zh-CN')).toBe('9.35');
    expect(formatMetric(15, 'px')).toBe('15 px');
    expect(formatMetric(undefined)).toBe('—');
  });
});
