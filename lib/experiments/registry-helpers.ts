/** Small builders for the experiment specs (registry-specs-*.ts). */
import type { Localized, ParamSpec } from './registry';

export const L = (zh: string, en: string): Localized => ({ zh, en });
export const int = (key: string, label: Localized, def: number, min: number, max: number, step = 1): ParamSpec => ({
  key,
  label,
  type: 'int',
  default: def,
  min,
  max,
  step,
});
export const float = (key: string, label: Localized, def: number, min: number, max: number, step: number): ParamSpec => ({
  key,
  label,
  type: 'float',
  default: def,
  min,
  max,
  step,
});
