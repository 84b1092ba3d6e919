/**
 * The review keyboard map, as a pure function of the key and where the learner is.
 *
 * | phase          | keys                                                                     |
 * | -------------- | ------------------------------------------------------------------------ |
 * | front          | Space / Enter: show the answer (mc: check the choice; typed: submit)     |
 * |                | A–F (mc): toggle option 1–6                                              |
 * | back           | 1–4 (four-button scale) or 0–5 (six): grade                              |
 * |                | Space / Enter: confirm the suggested grade (auto-graded cards), else Good |
 * |                | O (typed card, close answer): count it as correct                         |
 * | predict        | (predict card, before the run) 1–6 or A–F: choose a prediction           |
 * |                | Space / Enter: commit the prediction and run the experiment              |
 * | running        | (predict card, run under way) Space / Enter do nothing (never scroll)    |
 * | any            | U: undo the last answer, bury or suspend                                 |
 * |                | - (minus): bury the card until tomorrow; ! (Shift+1): suspend it         |
 *
 * Keys typed into a text field are left alone (its form submits on Enter), and Space or
 * Enter on a focused button, link, checkbox or radio keeps its native meaning.
 */
import type { CardType } from '@/lib/content/types';
import { gradeForKey, type Grade, type GradeScale } from '@/lib/srs';

export type Phase = 'front' | 'back' | 'predict' | 'running';

export type KeyCommand =
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade }
  | { type: 'confirm' }
  | { type: 'undo' }
  | { type: 'option'; index: number }
  | { type: 'override' }
  | { type: 'bury' }
  | { type: 'suspend' }
  /** Commit a predict card's prediction and run its experiment. */
  | { type: 'commit' }
  /** Swallowed (Space while a run is under way must not scroll the page). */
  | { type: 'none' };

/** Set-aside keys. Anki buries with `-` and suspends with `@`; `@` is Shift+2, and on some layouts
 * Shift+2 types `"`, so suspend is `!` here. Neither is a letter (options) or a digit (grades). */
export const BURY_KEY = '-';
export const SUSPEND_KEY = '!';
/** Counts a close typed answer as correct (the typing-override of Anki add-ons). */
export const OVERRIDE_KEY = 'o';

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
}

export interface KeyContext {
  scale: GradeScale;
  phase: Phase;
  /** Options on the card: mc answers, or a predict card's outcomes (0 for other types). */
  options: number;
  /** The event target is a text field (input, textarea, select, contenteditable). */
  typing: boolean;
  /** The event target is a button, link, checkbox or radio. */
  onControl: boolean;
  /** A close typed answer is on screen, which the learner may count as correct. */
  canOverride?: boolean;
}

/** Option keys: A–F select options 1–6 (letters never clash with the digit grade keys). */
export const OPTION_KEYS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export function keyCommand(e: KeyInfo, ctx: KeyContext): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || ctx.typing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const activate = key === ' ' || key === 'Enter';
  if (activate && ctx.onControl) return null;
  if (key === 'u') return { type: 'undo' };
  if (key === BURY_KEY) return { type: 'bury' };
  if (key === SUSPEND_KEY) return { type: 'suspend' };
  if (ctx.phase === 'front') {
    if (activate) return { type: 'reveal' };
    const index = (OPTION_KEYS as readonly string[]).indexOf(key);
    return index >= 0 && index < ctx.options ? { type: 'option', index } : null;
  }
  if (ctx.phase === 'predict') {
    if (activate) return { type: 'commit' };
    // Before the run no grade key exists, so digits choose too (as on the buttons' numbering).
    const letter = (OPTION_KEYS as readonly string[]).indexOf(key);
    const index = letter >= 0 ? letter : /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
    return index >= 0 && index < ctx.options ? { type: 'option', index } : null;
  }
  if (ctx.phase === 'running') return activate ? { type: 'none' } : null;
  if (ctx.phase === 'back') {
    if (activate) return { type: 'confirm' };
    if (key === OVERRIDE_KEY && ctx.canOverride) return { type: 'override' };
    const grade = gradeForKey(ctx.scale, key);
    return grade === null ? null : { type: 'grade', grade };
  }
  return null;
}

/** What kind of element a key event came from. */
export function targetKind(target: EventTarget | null): { typing: boolean; onControl: boolean } {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return { typing: false, onControl: false };
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return { typing: true, onControl: false };
  }
  if (target instanceof HTMLInputElement) {
    const choice = target.type === 'checkbox' || target.type === 'radio' || target.type === 'button' || target.type === 'submit';
    return { typing: !choice && !target.readOnly && !target.disabled, onControl: choice };
  }
  return { typing: false, onControl: target.closest('button, a[href], [role="button"], summary') !== null };
}

/** One part of the key hint bar: a message key under `review.hints` and its values. */
export type Hint = { id: string; values?: Record<string, string> };

export interface HintContext {
  type: CardType;
  phase: Phase;
  scale: GradeScale;
  options: number;
  /** An auto-graded card suggests a grade that Space / Enter accepts. */
  suggested: boolean;
  canOverride?: boolean;
}

/** The key hints for the card on screen: only keys that work right now, on this card type. */
export function keyHints(ctx: HintContext): Hint[] {
  const letters = (n: number) => `A–${OPTION_KEYS[Math.max(0, Math.min(n, OPTION_KEYS.length) - 1)]!.toUpperCase()}`;
  const hints: Hint[] = [];
  if (ctx.phase === 'front') {
    if (ctx.type === 'typed') hints.push({ id: 'typedCheck' });
    else if (ctx.type === 'mc') hints.push({ id: 'choose', values: { keys: letters(ctx.options) } }, { id: 'check' });
    else hints.push({ id: 'show' });
  } else if (ctx.phase === 'predict') {
    hints.push({ id: 'predictChoose', values: { keys: `1–${Math.min(ctx.options, 6)}` } }, { id: 'predictRun' });
  } else if (ctx.phase === 'running') {
    hints.push({ id: 'running' });
  } else {
    hints.push({ id: 'grade', values: { keys: ctx.scale === 'six' ? '0–5' : '1–4' } });
    hints.push({ id: ctx.suggested ? 'accept' : 'good' });
    if (ctx.canOverride) hints.push({ id: 'override' });
  }
  // In a text field the set-aside and undo keys type; a typed card's front starts in its field.
  if (!(ctx.type === 'typed' && ctx.phase === 'front')) hints.push({ id: 'setAside' }, { id: 'undo' });
  return hints;
}
