/**
 * UI text for the experiment components. The registry carries the localized
 * experiment strings; these are the few words around them. Plain strings with
 * {placeholders}, so a server component can pass overrides as props.
 */
import type { Localized } from '@/lib/experiments/registry';

export type UiLocale = 'zh-CN' | 'en';

export interface ExperimentLabels {
  claim: string;
  parameters: string;
  seed: string;
  newSeed: string;
  run: string;
  rerun: string;
  running: string;
  progress: string;
  measurements: string;
  measurement: string;
  value: string;
  verdict: string;
  notes: string;
  /** {backend}, {ms} */
  ranOn: string;
  /** {reason} */
  fellBack: string;
  /** {message} */
  failed: string;
  noData: string;
  yourPrediction: string;
  /** {unit} */
  estimate: string;
  /** {tolerance} */
  tolerance: string;
  confidence: string;
  confidenceLow: string;
  confidenceMedium: string;
  confidenceHigh: string;
  commit: string;
  committed: string;
  right: string;
  wrong: string;
  /** {value} */
  measuredValue: string;
  explanation: string;
}

export const defaultLabels: Record<UiLocale, ExperimentLabels> = {
  en: {
    claim: 'Claim from the notes',
    parameters: 'Parameters',
    seed: 'Seed',
    newSeed: 'New seed',
    run: 'Run',
    rerun: 'Run again',
    running: 'Running…',
    progress: 'Progress',
    measurements: 'Measurements',
    measurement: 'Measurement',
    value: 'Value',
    verdict: 'What the measurements say',
    notes: 'How it was measured',
    ranOn: 'Ran on {backend} in {ms} ms',
    fellBack: 'The wasm backend was unavailable, so this ran on cpu ({reason}).',
    failed: 'The run failed: {message}',
    noData: 'No data yet',
    yourPrediction: 'Your prediction',
    estimate: 'Your estimate ({unit})',
    tolerance: 'Counts as right within ±{tolerance}',
    confidence: 'How sure are you?',
    confidenceLow: 'Guessing',
    confidenceMedium: 'Fairly sure',
    confidenceHigh: 'Certain',
    commit: 'Commit prediction',
    committed: 'Prediction committed',
    right: 'Your prediction was right.',
    wrong: 'Your prediction was wrong.',
    measuredValue: 'Measured: {value}',
    explanation: 'Explanation',
  },
  'zh-CN': {
    claim: '笔记中的说法',
    parameters: '参数',
    seed: '随机种子',
    newSeed: '换一个种子',
    run: '运行',
    rerun: '再运行一次',
    running: '运行中…',
    progress: '进度',
    measurements: '测量结果',
    measurement: '测量项',
    value: '数值',
    verdict: '测量结果说明',
    notes: '测量方法',
    ranOn: '在 {backend} 上运行，用时 {ms} 毫秒',
    fellBack: 'wasm 后端不可用，已改用 cpu（{reason}）。',
    failed: '运行失败：{message}',
    noData: '暂无数据',
    yourPrediction: '你的预测',
    estimate: '你的估计（{unit}）',
    tolerance: '误差在 ±{tolerance} 以内算对',
    confidence: '你有多确定？',
    confidenceLow: '猜的',
    confidenceMedium: '比较确定',
    confidenceHigh: '非常确定',
    commit: '提交预测',
    committed: '预测已提交',
    right: '预测正确。',
    wrong: '预测错误。',
    measuredValue: '测得：{value}',
    explanation: '解释',
  },
};

export function resolveLabels(locale: UiLocale, overrides?: Partial<ExperimentLabels>): ExperimentLabels {
  return { ...defaultLabels[locale], ...overrides };
}

export function localize(text: Localized, locale: UiLocale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** Replaces {name} placeholders. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A measurement for display: percentages with one decimal, counts as integers, else 4 significant digits. */
export function formatMetric(value: number | undefined, unit?: string): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (unit === '%') return `${value.toFixed(1)}%`;
  const text = Number.isInteger(value)
    ? String(value)
    : Math.abs(value) < 1e-3 && value !== 0
      ? value.toExponential(2)
      : String(Number(value.toPrecision(4)));
  return unit && unit !== 'params' ? `${text} ${unit}` : text;
}
