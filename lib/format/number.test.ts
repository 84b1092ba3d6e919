import { describe, expect, it } from 'vitest';
import { formatNumber, formatTicks, roundedNumber } from './number';

describe('formatNumber', () => {
  it('keeps three significant digits, and every digit of the integer part', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(0.002576)).toBe('0.00258');
    expect(formatNumber(9.353)).toBe('9.35');
    expect(formatNumber(1234.56)).toBe('1,235');
    expect(formatNumber(0.30000000000000004)).toBe('0.3');
    expect(formatNumber(-0.0625)).toBe('-0.0625');
  });

  it('shows integers whole, grouped for the locale', () => {
    expect(formatNumber(385, { unit: 'params' })).toBe('385');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(12345, { locale: 'zh-CN' })).toBe('12,345');
    expect(formatNumber(12345, { locale: 'de' })).toBe('12.345');
  });

  it('writes tiny values as a power of ten instead of a row of zeros', () => {
    expect(formatNumber(0.00000285)).toBe('2.85 × 10⁻⁶');
    expect(formatNumber(-0.0000123)).toBe('-1.23 × 10⁻⁵');
    expect(formatNumber(0.0001)).toBe('1 × 10⁻⁴');
  });

  it('adds the unit: percent glued, others after a space, parameter counts bare', () => {
    expect(formatNumber(92.834, { unit: '%' })).toBe('92.8%');
    expect(formatNumber(100, { unit: '%' })).toBe('100%');
    expect(formatNumber(15, { unit: 'px' })).toBe('15 px');
  });

  it('says — for a missing or non-finite value', () => {
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('—');
    expect(roundedNumber(0)).toBe('0');
  });

  it('takes other precisions on request', () => {
    expect(formatNumber(Math.PI, { digits: 2 })).toBe('3.1');
    expect(formatNumber(Math.PI, { digits: 5 })).toBe('3.1416');
  });
});

describe('formatTicks', () => {
  it('gives every tick of an axis the same, smallest exact number of decimals', () => {
    expect(formatTicks([0, 0.5, 1, 1.5])).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(formatTicks([0, 50, 100, 150, 200])).toEqual(['0', '50', '100', '150', '200']);
    expect(formatTicks([-0.15, -0.1, -0.05, 0, 0.05])).toEqual(['-0.15', '-0.10', '-0.05', '0.00', '0.05']);
    expect(formatTicks([0.2, 0.4, 0.6000000000000001])).toEqual(['0.2', '0.4', '0.6']);
  });

  it('groups thousands and switches to powers of ten for tiny axes', () => {
    expect(formatTicks([0, 5000, 10000])).toEqual(['0', '5,000', '10,000']);
    expect(formatTicks([0, 0.000002, 0.000004])).toEqual(['0', '2 × 10⁻⁶', '4 × 10⁻⁶']);
  });
});
