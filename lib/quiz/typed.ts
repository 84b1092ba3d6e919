/**
 * Typed answers: normalization, comparison against the accepted answers, a character
 * diff for display, and the grade the comparison suggests. Pure; see ./README.md.
 */
import type { Grade } from '@/lib/srs';

/** Trailing punctuation (ASCII and CJK) and spaces that never decide an answer. */
const TRAILING = /[\s.,;:!?'"`。，、；：！？…]+$/u;

/**
 * NFKC (full-width → half-width, ligatures split), case-folded, whitespace collapsed,
 * trimmed, trailing punctuation removed. Idempotent: normalizeAnswer(normalizeAnswer(s)) === normalizeAnswer(s).
 */
export function normalizeAnswer(raw: string): string {
  let s = raw;
  // Case folding can yield text that NFKC changes again (and the reverse), so run to a fixpoint.
  for (let i = 0; i < 4; i += 1) {
    const next = s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim().replace(TRAILING, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** 'equal': in both; 'missing': expected but not typed; 'extra': typed but not expected. */
export interface DiffPart {
  op: 'equal' | 'missing' | 'extra';
  text: string;
}

/** A character diff of `typed` against `expected` (longest common subsequence), adjacent parts merged. */
export function diffChars(expected: string, typed: string): DiffPart[] {
  const a = Array.from(expected);
  const b = Array.from(typed);
  // lcs[i][j]: LCS length of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lcs[i]!;
      row[j] = a[i] === b[j] ? (lcs[i + 1]![j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]![j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], ch: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += ch;
    else parts.push({ op, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('equal', a[i]!);
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || (lcs[i]![j + 1] ?? 0) >= (lcs[i + 1]![j] ?? 0))) {
      push('extra', b[j]!);
      j += 1;
    } else {
      push('missing', a[i]!);
      i += 1;
    }
  }
  return parts;
}

/** Answers at least this long (normalized, in code points) accept one typo as a near miss. */
export const NEAR_MISS_MIN_LENGTH = 4;

export interface TypedResult {
  verdict: 'exact' | 'near' | 'wrong';
  /** exact → 4 (Good), near → 3 (Hard), wrong → 1 (Again). */
  grade: Grade;
  normalizedInput: string;
  /** The accepted answer compared against (the closest one), as written and normalized. */
  answer: string;
  normalizedAnswer: string;
  distance: number;
  /** Diff of the normalized input against the normalized answer. */
  diff: DiffPart[];
}

const GRADE_FOR: Record<TypedResult['verdict'], Grade> = { exact: 4, near: 3, wrong: 1 };

/** Compares a typed answer with the accepted answers (the first is canonical) and suggests a grade. */
export function gradeTyped(input: string, accepted: readonly string[]): TypedResult {
  const normalizedInput = normalizeAnswer(input);
  let best: { answer: string; normalized: string; distance: number } | null = null;
  for (const answer of accepted) {
    const normalized = normalizeAnswer(answer);
    if (!normalized) continue;
    const distance = editDistance(normalizedInput, normalized);
    if (!best || distance < best.distance) best = { answer, normalized, distance };
  }
  const target = best ?? { answer: accepted[0] ?? '', normalized: normalizeAnswer(accepted[0] ?? ''), distance: Infinity };
  let verdict: TypedResult['verdict'] = 'wrong';
  if (normalizedInput && target.distance === 0) verdict = 'exact';
  else if (normalizedInput && target.distance <= 1 && Array.from(target.normalized).length >= NEAR_MISS_MIN_LENGTH) verdict = 'near';
  return {
    verdict,
    grade: GRADE_FOR[verdict],
    normalizedInput,
    answer: target.answer,
    normalizedAnswer: target.normalized,
    distance: target.distance,
    diff: diffChars(target.normalized, normalizedInput),
  };
}
