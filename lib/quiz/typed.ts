/**
 * Typed answers: normalization, comparison against the accepted answers, a character
 * diff for display, and the grade the comparison suggests. Pure; see ./README.md.
 */
import type { Grade } from '@/lib/srs';

/** Trailing punctuation (ASCII and CJK) and spaces that never decide an answer. */
const TRAILING = /[\s.,;:!?'"`。，、；：！？…]+$/u;

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** One normalization pass; `normalizeAnswer` repeats it to a fixpoint. */
function normalizeOnce(raw: string): string {
  return (
    raw
      // Before NFKC, which would turn `²` into a bare `2`: `w²` and `w^2` are the same answer.
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (m) => `^${Array.from(m, (c) => SUPERSCRIPT[c] ?? c).join('')}`)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(TRAILING, '')
      // Ordinary keyboard notation: `*` and an `x` between digits for `×`, `-` for the minus sign.
      .replace(/[*∗⋅·]/gu, '×')
      .replace(/(?<=\d) ?x ?(?=\d)/gu, '×')
      .replace(/[−–]/gu, '-')
      // A space decides nothing unless it separates two words (`batch norm`): `3 × 3`, `385 ms`, `2 w`.
      .replace(/(?<!\p{L}) | (?!\p{L})/gu, '')
  );
}

/**
 * NFKC (full-width → half-width, ligatures split), case-folded, whitespace collapsed,
 * trimmed, trailing punctuation removed, keyboard notation (`x`, `*`, `-`, `^2`) read as
 * `×`, `−`, `²`, spaces kept only between words. Idempotent: normalizeAnswer(normalizeAnswer(s)) === normalizeAnswer(s).
 */
export function normalizeAnswer(raw: string): string {
  let s = raw;
  // Case folding can yield text that NFKC changes again (and the reverse), so run to a fixpoint.
  for (let i = 0; i < 8; i += 1) {
    const next = normalizeOnce(s);
    if (next === s) break;
    s = next;
  }
  return s;
}

/** A normalized `number unit` answer (`385ms`, `10倍`, `50%`) split in two; null for anything else. */
export function splitUnit(normalized: string): { value: string; unit: string } | null {
  const m = /^([-+]?\d+(?:[.,]\d+)?)([\p{L}%°][\p{L}\d^/]*)$/u.exec(normalized);
  return m ? { value: m[1]!, unit: m[2]! } : null;
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
  /** exact: accepted; close: one character off (the learner may override it to exact); wrong: the rest. */
  verdict: 'exact' | 'close' | 'wrong';
  /** exact → 4 (Good), close → 3 (Hard), wrong → 1 (Again). */
  grade: Grade;
  /** A close answer the learner counted as correct (`overrideTyped`). */
  overridden: boolean;
  normalizedInput: string;
  /** The accepted answer compared against (the closest one), as written and normalized. */
  answer: string;
  normalizedAnswer: string;
  distance: number;
  /** Diff of the normalized input against the normalized answer. */
  diff: DiffPart[];
}

const GRADE_FOR: Record<TypedResult['verdict'], Grade> = { exact: 4, close: 3, wrong: 1 };

/**
 * The forms of a normalized accepted answer the input may equal: itself, and for a
 * `number unit` answer the bare number (the unit is optional). An answer that is a bare number
 * also accepts the number with any unit the learner adds (`385个` for `385`).
 */
function distanceTo(input: string, answer: string): number {
  const answerUnit = splitUnit(answer);
  const inputUnit = splitUnit(input);
  const forms = [answer];
  if (answerUnit) forms.push(answerUnit.value);
  const typed = [input];
  if (inputUnit && !answerUnit) typed.push(inputUnit.value);
  return Math.min(...forms.flatMap((f) => typed.map((x) => editDistance(x, f))));
}

/** Compares a typed answer with the accepted answers (the first is canonical) and suggests a grade. */
export function gradeTyped(input: string, accepted: readonly string[]): TypedResult {
  const normalizedInput = normalizeAnswer(input);
  let best: { answer: string; normalized: string; distance: number } | null = null;
  for (const answer of accepted) {
    const normalized = normalizeAnswer(answer);
    if (!normalized) continue;
    const distance = distanceTo(normalizedInput, normalized);
    if (!best || distance < best.distance) best = { answer, normalized, distance };
  }
  const target = best ?? { answer: accepted[0] ?? '', normalized: normalizeAnswer(accepted[0] ?? ''), distance: Infinity };
  let verdict: TypedResult['verdict'] = 'wrong';
  if (normalizedInput && target.distance === 0) verdict = 'exact';
  else if (normalizedInput && target.distance <= 1 && Array.from(target.normalized).length >= NEAR_MISS_MIN_LENGTH) verdict = 'close';
  return {
    verdict,
    grade: GRADE_FOR[verdict],
    overridden: false,
    normalizedInput,
    answer: target.answer,
    normalizedAnswer: target.normalized,
    distance: target.distance,
    diff: diffChars(target.normalized, normalizedInput),
  };
}

/** The learner counts a close answer as correct (one key, as Anki's typing add-ons allow). Other verdicts stay. */
export function overrideTyped(result: TypedResult): TypedResult {
  if (result.verdict !== 'close') return result;
  return { ...result, verdict: 'exact', grade: GRADE_FOR.exact, overridden: true };
}
